// What a reveal teaches: the card's short explanation (Markdown, through the same sanitiser as cards)
// and a link to its upstream source. A source that does not resolve upstream gets no link.
import { resolveSource } from '@/lib/decks/sources';
import type { Teaching } from '@/lib/quiz/protocol';

import { Markdown } from '../../markdown';
import styles from './quiz.module.css';

export function RevealTeaching({ explanation, source }: Teaching) {
  const resolved = source === undefined ? undefined : resolveSource(source);
  const url = resolved && 'url' in resolved ? resolved.url : undefined;
  if (explanation === undefined && url === undefined) return null;
  return (
    <aside className={styles.teaching} aria-label="Why">
      {explanation !== undefined && <Markdown text={explanation} />}
      {url !== undefined && (
        <p className="muted flush">
          Source:{' '}
          <a href={url} target="_blank" rel="noopener noreferrer">
            {source}
          </a>
        </p>
      )}
    </aside>
  );
}
