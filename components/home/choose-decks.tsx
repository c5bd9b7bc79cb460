'use client';
// Study a chosen set of decks in one session (Anki's parent deck, made of the decks you tick).
import Link from 'next/link';
import { useState } from 'react';
import { counted } from '@/lib/text/counted';

export function ChooseDecks({ decks }: { decks: { id: string; title: string }[] }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  const inOrder = decks.filter((d) => chosen.includes(d.id)).map((d) => d.id);
  return (
    <details>
      <summary>Study some decks together</summary>
      <fieldset className="stack choose-decks">
        <legend className="sr-only">Decks to study together</legend>
        {decks.map((d) => (
          <label key={d.id} className="check">
            <input type="checkbox" checked={chosen.includes(d.id)} onChange={(e) => toggle(d.id, e.target.checked)} />
            {d.title}
          </label>
        ))}
        {inOrder.length > 0 ? (
          <Link className="btn btn-primary self-start" href={`/study?decks=${inOrder.map(encodeURIComponent).join(',')}`} prefetch={false}>
            Study {counted(inOrder.length, 'chosen deck')}
          </Link>
        ) : (
          <p className="muted flush">Tick the decks to study in one session.</p>
        )}
      </fieldset>
    </details>
  );
}
