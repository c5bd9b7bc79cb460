'use client';
// The four ratings, full width within thumb reach, each with the interval it would schedule. A finger's
// rating acts as it lifts (use-finger-tap.ts).
import { memo } from 'react';

import { RATING_NAMES, RATINGS, type Rating } from '@/lib/srs';

import { useFingerTap } from '../use-finger-tap';

import type { Outcome } from './card-face';

interface Props {
  /** Each rating's interval; null while they are being worked out (a moment after the card shows). */
  intervals: Record<Rating, string> | null;
  disabled: boolean;
  outcome: Outcome;
  onRate: (r: Rating) => unknown;
  /** A finger is on a rating: work out what it will show next, so the tap shows it at once. */
  onPrepare?: (r: Rating) => void;
}

/** Memoised: a tap re-renders the buttons only when what they show changes. */
export const RatingButtons = memo(function RatingButtons({ intervals, disabled, outcome, onRate, onPrepare }: Props) {
  const tap = useFingerTap();
  const suggested: Rating | null = outcome === 'wrong' ? 1 : outcome === 'close' ? 2 : outcome === 'right' ? 3 : null;
  return (
    <div className="ratings" role="group" aria-label="Rate your recall">
      {RATINGS.map((r) => (
        <button
          key={r}
          type="button"
          className={`btn rate rate-${r}${suggested === r ? ' suggested' : ''}`}
          disabled={disabled}
          aria-describedby={`interval-${r}`}
          onPointerDown={onPrepare && (() => onPrepare(r))}
          {...tap(() => void onRate(r))}
        >
          <span>{RATING_NAMES[r]}</span>
          {/* Hidden from the name so the button is exactly "Again"…; read as its description. */}
          <small id={`interval-${r}`} aria-hidden="true">
            {intervals?.[r]}
          </small>
        </button>
      ))}
    </div>
  );
});
