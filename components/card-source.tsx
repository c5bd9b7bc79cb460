// A card's upstream source link and, in plain words, the containerd versions it holds for.
import { describeVersions } from '@/lib/decks/versions';
import type { CardRow } from '@/lib/db/rows';

function versionsLabel(versions: readonly string[]): string {
  const words = describeVersions(versions);
  return words === 'historical' ? 'Historical, not tied to a version' : `containerd ${words}`;
}

export function CardSource({ card }: { card: Pick<CardRow, 'source' | 'sourceUrl' | 'versions'> }) {
  return (
    <p className="muted row card-source">
      <span>
        Source:{' '}
        <a href={card.sourceUrl} target="_blank" rel="noopener noreferrer">
          {card.source}
        </a>
      </span>
      <span className="badge" title="The containerd versions this card holds for">
        {versionsLabel(card.versions)}
      </span>
    </p>
  );
}
