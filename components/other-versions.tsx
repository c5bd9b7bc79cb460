'use client';
// Beneath a card's answer: what its variants (the same question for other containerd versions) answer,
// each under the versions it holds for, so the learner's version comes first and the differences follow.
import { useEffect, useState } from 'react';

import { clozeBack } from '@/lib/decks/answers';
import { describeVersions } from '@/lib/decks/versions';
import type { CardRow } from '@/lib/db';

import { CardContent } from './card-content';
import { useDb } from './db-provider';

/** "On 1.7 only", "On all of 2.x", "On 2.0 to 2.1". */
export const variantHeading = (versions: readonly string[]) => `On ${describeVersions(versions)}`;

function VariantAnswer({ card }: { card: CardRow }) {
  if (card.kind === 'cloze') return <CardContent html={card.html?.back} markdown={clozeBack(card.prompt)} />;
  const right = card.choices?.find((c) => c.correct);
  return (
    <>
      {right && <CardContent html={right.html} markdown={right.text} />}
      {card.answer && <CardContent html={card.html?.answer} markdown={card.answer} />}
    </>
  );
}

export function OtherVersions({ ids }: { ids: readonly string[] }) {
  const { db, store } = useDb();
  const [cards, setCards] = useState<CardRow[] | null>(null);
  const key = ids.join(' ');
  useEffect(() => {
    if (!db || !store) return;
    let live = true;
    void Promise.all(key.split(' ').map((id) => store.getCard(db, id))).then((found) => {
      if (live) setCards(found.filter((c): c is CardRow => c !== undefined && c.retired === 0));
    });
    return () => {
      live = false;
    };
  }, [db, store, key]);
  if (!cards || cards.length === 0) return null;
  return (
    <section className="other-versions stack" aria-label="Other versions">
      {cards.map((card) => (
        <div key={card.id} className="other-version">
          <h2 className="other-version-heading">{variantHeading(card.versions)}:</h2>
          {card.kind !== 'cloze' && <CardContent className="prose muted" html={card.html?.prompt} markdown={card.prompt} />}
          <VariantAnswer card={card} />
        </div>
      ))}
    </section>
  );
}
