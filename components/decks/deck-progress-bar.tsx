// A stacked bar of a deck's cards by status, with the same numbers as text beside it.
import type { ReactNode } from 'react';

import type { DeckProgress } from '@/lib/db/browse-queries';

const PARTS = [
  ['mature', 'mature'],
  ['young', 'young'],
  ['learning', 'learning'],
  ['new', 'new'],
  ['suspended', 'suspended'],
] as const;

export function DeckProgressBar({ progress }: { progress: DeckProgress }) {
  const total = Math.max(1, progress.total);
  return (
    <div className="stack tight">
      <svg className="progress-stack" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
        {PARTS.reduce<{ x: number; rects: ReactNode[] }>(
          (acc, [key]) => {
            const w = (progress[key] / total) * 100;
            acc.rects.push(<rect key={key} className={`seg-${key}`} x={acc.x} y={0} width={w} height={6} />);
            return { x: acc.x + w, rects: acc.rects };
          },
          { x: 0, rects: [] },
        ).rects}
      </svg>
      <p className="legend flush">
        {PARTS.map(([key, label]) => (
          <span key={key}>
            <span className={`dot seg-${key}`} aria-hidden="true" /> {progress[key]} {label}
          </span>
        ))}
      </p>
    </div>
  );
}
