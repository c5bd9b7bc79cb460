'use client';
// The cards a search found: each prompt as one line, why it matched, its deck, state and due date;
// a link opens it.
import Link from 'next/link';

import type { CardHit } from '@/lib/db/browse-queries';
import { Q } from '@/lib/db/rows';

import styles from './browse.module.css';
import { dueLabel, excerpt } from './card-text';
import { FieldMatch, MarkedText } from './match-excerpt';
import { count, counted } from '@/lib/text/counted';

export interface ResultsProps {
  result: { hits: CardHit[]; total: number } | undefined;
  deckTitles: Map<string, string>;
  now: number;
  hrefFor: (cardId: string) => string;
  onOpen: (cardId: string) => void;
  onMore: () => void;
}

function summary(result: ResultsProps['result']): string {
  if (!result) return 'Loading cards…';
  const { hits, total } = result;
  if (total === 0) return 'No cards match.';
  if (hits.length < total) return `Showing ${count(hits.length)} of ${counted(total, 'card')}.`;
  return `${counted(total, 'card')}.`;
}

export function BrowseResults({ result, deckTitles, now, hrefFor, onOpen, onMore }: ResultsProps) {
  return (
    <>
      <p role="status" className="muted flush">
        {summary(result)}
      </p>
      {result && result.hits.length > 0 && (
        <ul className={styles.results} aria-label="Cards">
          {result.hits.map(({ card, state, status, match }) => (
            <li key={card.id}>
              <Link
                className={styles.result}
                href={hrefFor(card.id)}
                scroll={false}
                prefetch={false}
                data-card={card.id}
                onClick={() => onOpen(card.id)}
              >
                <span className={styles.resultPrompt}>
                  {match?.field === 'prompt' ? <MarkedText parts={match.parts} /> : excerpt(card.prompt)}
                </span>
                {match && match.field !== 'prompt' && <FieldMatch match={{ ...match, field: match.field }} />}
                <span className={styles.resultMeta}>
                  <span>{deckTitles.get(card.deckId) ?? card.deckId}</span>
                  <span className="badge">{status}</span>
                  {state.queue === Q.buried && <span className="badge">buried</span>}
                  {card.retired === 1 && <span className="badge">retired</span>}
                  {state.queue === Q.otherVersion && <span className="badge">not in your version</span>}
                  <span>{dueLabel(state, now)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {result && result.hits.length < result.total && (
        <button type="button" className="btn" onClick={onMore}>
          Show more cards
        </button>
      )}
    </>
  );
}
