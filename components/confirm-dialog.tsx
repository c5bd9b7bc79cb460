'use client';
// A confirm dialog of our own, for choices that take the user somewhere they cannot undo: a modal
// alertdialog that puts focus on the safe choice, keeps Tab inside, cancels on Escape or a tap
// outside, and hands focus back to whatever opened it.
import { useId, useRef } from 'react';

import { useModalKeys } from './use-modal-keys';

interface Props {
  title: string;
  description: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, description, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const id = useId();
  const safe = useRef<HTMLButtonElement>(null);
  const { dialog, onKeyDown } = useModalKeys<HTMLDivElement>(onCancel, safe);

  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        ref={dialog}
        className="dialog card"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-description`} className="flush">
          {description}
        </p>
        <div className="row">
          <button ref={safe} type="button" className="btn" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className="btn btn-danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
