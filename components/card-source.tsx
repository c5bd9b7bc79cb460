// A card's upstream source link and the containerd versions it is tagged with.
import type { CardRow } from '@/lib/db/rows';

export function CardSource({ card }: { card: Pick<CardRow, 'source' | 'sourceUrl' | 'versions'> }) {
  return (
    <p className="muted row card-source">
      <span>
        Source:{' '}
        <a href={card.sourceUrl} target="_blank" rel="noopener noreferrer">
          {card.source}
        </a>
      </span>
      {card.versions.map((v) => (
        <span key={v} className="badge">
          containerd {v}
        </span>
      ))}
    </p>
  );
}
