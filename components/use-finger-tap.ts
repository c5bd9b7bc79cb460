'use client';
// A button that acts the moment the finger lifts. A browser turns a touch into a click only after the
// touchend (in Chromium about 5 ms later at full speed, more on a slow phone); the study screen's
// Show answer and rating buttons act on the touchend itself, so the next card is on screen sooner.
//
// The touchend's default is prevented, so no click follows: without that, the click would land on
// whatever took the button's place (the rating buttons replace Show answer at the same spot, and the
// next card's Show answer replaces them), answering a card nobody meant to answer. A touch that moved
// (a scroll), ended off the button, used two fingers or found the button disabled is left to the
// browser. A mouse, the keyboard and a screen reader's activation still arrive as a click.
import { useRef, type MouseEvent, type TouchEvent } from 'react';

/** How far a finger may drift and still be a tap (Chromium's own touch slop is about this). */
export const TAP_SLOP_PX = 10;

interface Start {
  id: number;
  x: number;
  y: number;
  target: EventTarget;
}

export interface FingerTapProps {
  onTouchStart: (e: TouchEvent<HTMLButtonElement>) => void;
  onTouchMove: (e: TouchEvent<HTMLButtonElement>) => void;
  onTouchEnd: (e: TouchEvent<HTMLButtonElement>) => void;
  onTouchCancel: () => void;
  onClick: (e: MouseEvent<HTMLButtonElement>) => void;
}

function touchOf(list: TouchEvent['changedTouches'], id: number) {
  for (let i = 0; i < list.length; i++) if (list[i]!.identifier === id) return list[i]!;
  return undefined;
}

const drifted = (s: Start, t: { clientX: number; clientY: number }) => Math.hypot(t.clientX - s.x, t.clientY - s.y) > TAP_SLOP_PX;

/** Returns a maker of a button's handlers: `<button {...tap(() => act())}>`. One touch at a time per hook. */
export function useFingerTap(): (act: () => void) => FingerTapProps {
  const start = useRef<Start | null>(null);
  return (act) => ({
    onTouchStart(e) {
      const t = e.touches.length === 1 ? e.changedTouches[0] : undefined;
      start.current = t ? { id: t.identifier, x: t.clientX, y: t.clientY, target: e.currentTarget } : null;
    },
    onTouchMove(e) {
      const s = start.current;
      const t = s && touchOf(e.changedTouches, s.id);
      if (s && t && drifted(s, t)) start.current = null;
    },
    onTouchEnd(e) {
      const s = start.current;
      start.current = null;
      const button = e.currentTarget;
      if (!s || s.target !== button || e.touches.length > 0 || button.disabled || !e.cancelable) return;
      const t = touchOf(e.changedTouches, s.id);
      if (!t || drifted(s, t)) return;
      const box = button.getBoundingClientRect();
      if (t.clientX < box.left || t.clientX > box.right || t.clientY < box.top || t.clientY > box.bottom) return;
      e.preventDefault();
      act();
    },
    onTouchCancel() {
      start.current = null;
    },
    onClick() {
      act();
    },
  });
}
