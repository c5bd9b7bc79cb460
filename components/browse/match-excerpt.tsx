// Why a Browse result matched: the matching text with each match in <mark>.
import { Fragment } from 'react';

import type { CardMatch, MatchField, MatchPart } from '@/lib/db/card-match';

import styles from './browse.module.css';

const FIELD_NAMES: Record<Exclude<MatchField, 'prompt'>, string> = {
  answer: 'Answer',
  'right option': 'Right option',
  'wrong option': 'Wrong option',
  'accepted answer': 'Accepted answer',
  tag: 'Tag',
  'card id': 'Card id',
};

export function MarkedText({ parts }: { parts: MatchPart[] }) {
  return parts.map((p, i) => <Fragment key={i}>{p.marked ? <mark>{p.text}</mark> : p.text}</Fragment>);
}

/** A match outside the prompt, on a line of its own under it, saying which field it is in. */
export function FieldMatch({ match }: { match: CardMatch & { field: Exclude<MatchField, 'prompt'> } }) {
  return (
    <span className={styles.resultMatch}>
      <span className={styles.matchField}>{FIELD_NAMES[match.field]}:</span> <MarkedText parts={match.parts} />
    </span>
  );
}
