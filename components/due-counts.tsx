// The three counts Anki users know: new (blue), learning (red), review (green), each labelled.
import type { QueueCounts } from '@/lib/srs';

export function DueCounts({ counts }: { counts: QueueCounts }) {
  return (
    <p className="counts flush">
      <span className="count-new">
        {counts.newCount} <span className="muted">new</span>
      </span>
      <span className="count-learn">
        {counts.learningCount} <span className="muted">learning</span>
      </span>
      <span className="count-review">
        {counts.reviewCount} <span className="muted">review</span>
      </span>
    </p>
  );
}
