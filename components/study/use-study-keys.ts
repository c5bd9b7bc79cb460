'use client';
// Keyboard: Space or Enter shows the answer (then rates Good), 1–4 rate, - buries, @ suspends, i opens the
// card's details, Z or Ctrl+Z undoes. Ignored while typing,
// and off when the learner turns shortcuts off (WCAG 2.1.4).
import { useEffect } from 'react';

import type { Rating } from '@/lib/srs';

interface Keys {
  enabled: boolean;
  revealed: boolean;
  reveal: () => void;
  rate: (r: Rating) => void;
  undo: () => void;
  bury: () => void;
  suspend: () => void;
  details: () => void;
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // A checked typed answer stays on screen read-only: the keys rate, they do not type.
  if (target instanceof HTMLInputElement && target.readOnly) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useStudyKeys({ enabled, revealed, reveal, rate, undo, bury, suspend, details }: Keys) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || isTypingTarget(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
        return;
      }
      if (e.ctrlKey || e.metaKey) return;
      // Anki's keys for setting a card aside: - buries, @ suspends.
      if (e.key === '-' || e.key === '@') {
        e.preventDefault();
        if (e.key === '-') bury();
        else suspend();
        return;
      }
      if (key === 'i' && !e.shiftKey) {
        e.preventDefault();
        details();
        return;
      }
      // A focused button already answers Space/Enter itself.
      const onButton = e.target instanceof HTMLElement && (e.target.tagName === 'BUTTON' || e.target.tagName === 'A');
      if ((key === ' ' || key === 'enter') && !onButton) {
        // Anki's keys: Space or Enter shows the answer, and on the answer side means Good.
        e.preventDefault();
        if (revealed) rate(3);
        else reveal();
      } else if (revealed && ['1', '2', '3', '4'].includes(key)) {
        e.preventDefault();
        rate(Number(key) as Rating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, revealed, reveal, rate, undo, bury, suspend, details]);
}
