'use client';
// One card in Browse: what it asks and answers, where it comes from, its schedule and history.
import type { Ref } from 'react';

import type { CardDetail as Detail } from '@/lib/db/browse-queries';
import { clozeBack } from '@/lib/decks/answers';
import type { CardKind } from '@/lib/decks/types';

import { CardSource } from '../card-source';
import { CardContent } from '../card-content';
import styles from './browse.module.css';
import { CardActions } from './card-actions';
import { CardSchedule } from './card-schedule';

const KINDS: Record<CardKind, string> = {
  basic: 'Basic',
  cloze: 'Cloze',
  choice: 'Multiple choice',
  typed: 'Typed answer',
  diagram: 'Diagram',
  truefalse: 'True or false',
  order: 'Put in order',
};

export function CardDetail({ detail, now, headingRef }: { detail: Detail; now: number; headingRef?: Ref<HTMLHeadingElement> }) {
  const { card, status } = detail;
  return (
    <section className={`card stack ${styles.detail}`} aria-labelledby="detail-title">
      <div>
        <h2 id="detail-title" className={styles.detailTitle} ref={headingRef} tabIndex={-1}>
          Card <code>{card.id}</code>
        </h2>
        <p className={styles.resultMeta}>
          <span>{detail.deckTitle}</span>
          <span>{KINDS[card.kind]}</span>
          <span className="badge">{status}</span>
          {card.retired === 1 && <span className="badge">retired</span>}
        </p>
      </div>

      <h3 className={styles.section}>{card.kind === 'cloze' ? 'Text' : card.kind === 'truefalse' ? 'Statement' : 'Prompt'}</h3>
      <CardContent
        html={card.kind === 'cloze' ? card.html?.back : card.html?.prompt}
        markdown={card.kind === 'cloze' ? clozeBack(card.prompt) : card.prompt}
      />

      {card.choices && (
        <>
          <h3 className={styles.section}>Options</h3>
          <ul className={styles.choices}>
            {card.choices.map((c) => (
              <li key={c.text} className={c.correct ? styles.right : undefined}>
                <span aria-hidden="true">{c.correct ? '✓' : '✗'}</span>
                <CardContent html={c.html} markdown={c.text} inline />
                <span className="sr-only">{c.correct ? '(right answer)' : '(wrong)'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {card.kind === 'truefalse' && card.truth !== undefined && (
        <p className="flush">
          <span aria-hidden="true">{card.truth ? '✓ ' : '✗ '}</span>
          The statement is <strong>{card.truth ? 'true' : 'false'}</strong>.
        </p>
      )}
      {card.steps && (
        <>
          <h3 className={styles.section}>Steps, in the right order</h3>
          <ol className={styles.steps}>
            {card.steps.map((s) => (
              <li key={s.text}>
                <CardContent html={s.html} markdown={s.text} inline />
              </li>
            ))}
          </ol>
        </>
      )}
      {card.diagram && (
        <>
          <h3 className={styles.section}>Diagram</h3>
          <p className="flush">
            {card.diagram.interaction === 'hide' ? 'Hides ' : 'Asks to tap '}
            {card.diagram.names.join(', ')} in <code>{card.diagram.id}</code>
          </p>
        </>
      )}
      {card.accept && card.accept.length > 0 && (
        <>
          <h3 className={styles.section}>Accepted answers</h3>
          <ul className={styles.accepted}>
            {card.accept.map((a) => (
              <li key={a}>
                <code>{a}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {card.answer.trim() !== '' && (
        <>
          <h3 className={styles.section}>{card.kind === 'cloze' ? 'Note' : card.kind === 'basic' ? 'Answer' : 'Explanation'}</h3>
          <CardContent html={card.html?.answer} markdown={card.answer} />
        </>
      )}
      <CardSource card={card} />

      <CardSchedule detail={detail} now={now} />
      <CardActions detail={detail} />
    </section>
  );
}
