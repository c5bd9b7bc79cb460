'use client';
// The four ratings, full width within thumb reach, each with the interval it would schedule.
import { RATING_NAMES, RATINGS, type Rating } from '@/lib/srs';

import type { Outcome } from './card-face';

interface Props {
  intervals: Record<Rating, string>;
  disabled: boolean;
  outcome: Outcome;
  onRate: (r: Rating) => void;
}

export function RatingButtons({ intervals, disabled, outcome, onRate }: Props) {
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
          onClick={() => onRate(r)}
        >
          <span>{RATING_NAMES[r]}</span>
          {/* Hidden from the name so the button is exactly "Again"…; read as its description. */}
          <small id={`interval-${r}`} aria-hidden="true">
            {intervals[r]}
          </small>
        </button>
      ))}
    </div>
  );
}
