// Our own confirm dialog: an alertdialog that takes focus, keeps Tab inside, cancels on Escape and
// hands focus back to what opened it.
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/confirm-dialog';

function Screen({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete
      </button>
      {open && (
        <ConfirmDialog
          title="Delete this?"
          description="It cannot be undone."
          confirmLabel="Delete it"
          cancelLabel="Keep it"
          onConfirm={() => {
            setOpen(false);
            onConfirm();
          }}
          onCancel={() => setOpen(false)}
        />
      )}
    </>
  );
}

function open() {
  const opener = screen.getByRole('button', { name: 'Delete' });
  opener.focus();
  fireEvent.click(opener);
  return { opener, dialog: screen.getByRole('alertdialog', { name: 'Delete this?' }) };
}

it('opens as a modal alertdialog, described, with focus on the safe choice', () => {
  render(<Screen onConfirm={() => undefined} />);
  const { dialog } = open();
  expect(dialog).toHaveAttribute('aria-modal', 'true');
  expect(dialog).toHaveAccessibleDescription('It cannot be undone.');
  expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
});

it('cancels on Escape and gives focus back to the button that opened it', () => {
  const onConfirm = jest.fn();
  render(<Screen onConfirm={onConfirm} />);
  const { opener, dialog } = open();
  fireEvent.keyDown(dialog, { key: 'Escape' });
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(onConfirm).not.toHaveBeenCalled();
  expect(opener).toHaveFocus();
});

it('keeps Tab inside the dialog', () => {
  render(<Screen onConfirm={() => undefined} />);
  const { dialog } = open();
  const keep = screen.getByRole('button', { name: 'Keep it' });
  const confirm = screen.getByRole('button', { name: 'Delete it' });
  confirm.focus();
  fireEvent.keyDown(dialog, { key: 'Tab' });
  expect(keep).toHaveFocus();
  fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
  expect(confirm).toHaveFocus();
});

it('confirms with its confirm button', () => {
  const onConfirm = jest.fn();
  render(<Screen onConfirm={onConfirm} />);
  open();
  fireEvent.click(screen.getByRole('button', { name: 'Delete it' }));
  expect(onConfirm).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
});
