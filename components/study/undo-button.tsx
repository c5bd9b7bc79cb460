'use client';
// Undo takes back this session's newest step (an answer, a bury, a suspend), and says on the button which.
import { RATING_NAMES } from '@/lib/srs';

import type { SessionStep } from './study-state';

const MAX_PROMPT = 40;

function shorten(text: string): string {
  return text.length > MAX_PROMPT ? `${text.slice(0, MAX_PROMPT - 1).trimEnd()}…` : text;
}

export function UndoButton({ undoable, disabled, onUndo }: { undoable: SessionStep | null; disabled: boolean; onUndo: () => void }) {
  return (
    <button
      type="button"
      className="btn btn-small undo"
      onClick={onUndo}
      disabled={disabled || !undoable}
      aria-describedby={undoable ? 'undo-what' : undefined}
    >
      <span>Undo</span>
      {/* Hidden from the name so the button is exactly "Undo"; read as its description, like the ratings' intervals. */}
      {undoable && (
        <small id="undo-what" className="undo-what" aria-hidden="true">
          {undoable.kind === 'answer' ? `${RATING_NAMES[undoable.rating]} on` : undoable.kind === 'bury' ? 'Bury of' : 'Suspend of'} “
          {shorten(undoable.prompt)}”
        </small>
      )}
    </button>
  );
}
