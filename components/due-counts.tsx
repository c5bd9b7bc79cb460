// The three counts Anki users know: new (blue), learning (red), review (green), each labelled.
// Queues are counted up to COUNTED_UP_TO cards, so a larger count reads "1,000+".
import { COUNTED_UP_TO, type QueueCounts } from '@/lib/srs/queue';
import { countAtMost, countedAtMost } from '@/lib/text/counted';

/** A queue count as the screens write it. */
export const dueCount = (n: number): string => countAtMost(n, COUNTED_UP_TO);
/** The same with its noun: "1,000+ cards". */
export const dueCounted = (n: number, one: string): string => countedAtMost(n, COUNTED_UP_TO, one);

export function DueCounts({ counts }: { counts: QueueCounts }) {
  return (
    <p className="counts flush">
      <span className="count-new">
        {dueCount(counts.newCount)} <span className="muted">new</span>
      </span>
      <span className="count-learn">
        {dueCount(counts.learningCount)} <span className="muted">learning</span>
      </span>
      <span className="count-review">
        {dueCount(counts.reviewCount)} <span className="muted">review</span>
      </span>
    </p>
  );
}
