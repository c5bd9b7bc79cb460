// The study screen's preview (cram) session, which writes nothing, and the card details dialog opened
// mid-session without losing the place.
import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import type { StudyPlan } from '@/components/study/study-plan';
import { StudySession } from '@/components/study/study-session';
import { getDb } from '@/lib/db';

import { emptyStore, serveBundle } from '../browse/store';

beforeEach(async () => {
  await emptyStore();
  serveBundle();
});

function renderStudy(plan: StudyPlan) {
  return render(
    <DbProvider>
      <StudySession plan={plan} />
    </DbProvider>,
  );
}

const states = () => act(() => getDb().cardStates.toArray());

describe('preview (cram)', () => {
  it('shows the cards, brings an Again back at the end, and never writes a state or a log', async () => {
    renderStudy({ kind: 'custom', spec: { kind: 'preview', deckId: 'sample', text: '', status: 'all' } });
    expect(await screen.findByText("Which program creates the container's processes?")).toBeInTheDocument();
    expect(screen.getByText(/your answers change no card’s schedule/)).toBeInTheDocument();
    const before = await states();
    expect(before).toHaveLength(4);

    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Again' }));
    expect(await screen.findByText(/Which shim binary serves the runtime/)).toBeInTheDocument();
    expect(screen.getByText(/^4 cards left in this session/)).toBeInTheDocument();
    for (let i = 0; i < 4; i++) {
      fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Easy' }));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled());
    }
    expect(await screen.findByRole('heading', { name: 'Session complete' })).toBeInTheDocument();
    expect(await states()).toEqual(before);
    expect(await act(() => getDb().reviewLogs.count())).toBe(0);

    // Undo steps back through the preview, still writing nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText("Which program creates the container's processes?")).toBeInTheDocument();
    expect(await states()).toEqual(before);
  });

  it('review ahead with nothing due says so', async () => {
    renderStudy({ kind: 'custom', spec: { kind: 'ahead', days: 3, deckId: null } });
    expect(await screen.findByRole('heading', { name: 'Nothing to study right now' })).toBeInTheDocument();
    expect(screen.getByText('You have seen every card in this session for now.')).toBeInTheDocument();
  });
});

describe('card details', () => {
  it('opens with i over the card, shows source and history, closes with Escape and gives focus back', async () => {
    renderStudy({ kind: 'deck', deckId: 'sample' });
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
    const opener = await screen.findByRole('button', { name: 'Card details' });
    expect(opener).toHaveAttribute('aria-keyshortcuts', 'i');
    opener.focus();
    fireEvent.keyDown(window, { key: 'i' });
    const dialog = await screen.findByRole('dialog', { name: 'Card details' });
    expect(await screen.findByText('Not reviewed yet.')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('containerd/containerd/docs/RUNC.md');
    expect(dialog).toHaveTextContent('containerd all of 2.x');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    // The study keys rest while the dialog is open: 3 does not rate.
    fireEvent.keyDown(window, { key: '3' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(opener).toHaveFocus();
    // Still the same card, still revealed.
    expect(screen.getByRole('button', { name: 'Good' })).toBeInTheDocument();
    expect(await act(() => getDb().reviewLogs.count())).toBe(0);
    expect(screen.getByText("Which program creates the container's processes?")).toBeInTheDocument();
  });

  it('lists every shortcut of the study screen', async () => {
    renderStudy({ kind: 'deck', deckId: 'sample' });
    await screen.findByRole('button', { name: 'Show answer' });
    const list = screen.getByText('Keyboard shortcuts').closest('details')!;
    for (const key of ['Space or Enter', '1 2 3 4', '-', '@', 'i', 'Z']) expect(list).toHaveTextContent(key);
    expect(list).toHaveTextContent('Card details');
  });
});
