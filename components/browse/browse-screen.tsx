'use client';
// Browse: search every card by text, filter by deck and state, open one to see and change it.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useDeferredValue, useState } from 'react';

import type { CardDetail as Detail, CardSearch, StatusFilter } from '@/lib/db/browse-queries';
import type { DeckRow } from '@/lib/db';

import { useDb } from '../db-provider';
import { dbModule } from '../lazy-db';
import { useMinuteClock } from '../use-deck-queues';
import { useLiveValue } from '../use-live-value';
import { CardDetail } from './card-detail';

const LIMIT = 100;
const STATUSES: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All states' },
  { value: 'new', label: 'New' },
  { value: 'learning', label: 'Learning' },
  { value: 'review', label: 'Review' },
  { value: 'suspended', label: 'Suspended' },
];

function excerpt(markdown: string): string {
  const text = markdown.replace(/\{\{([\s\S]+?)\}\}/g, '[…]').replace(/[`*_#>]/g, '').replace(/\s+/g, ' ').trim();
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

export function BrowseScreen() {
  const { db, ready, error } = useDb();
  const params = useSearchParams();
  const router = useRouter();
  const path = usePathname();
  const now = useMinuteClock();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [showRetired, setShowRetired] = useState(false);
  const deckId = params.get('deck') || null;
  const openId = params.get('card');
  const query = useDeferredValue(text);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(key, value);
    else next.delete(key);
    router.replace(`${path}?${next.toString()}`, { scroll: false });
  };

  const live = db && ready;
  const decks = useLiveValue<DeckRow[]>(live ? () => db.decks.orderBy('order').toArray() : null, [db, ready], []);
  const search: CardSearch = { text: query, deckId, status, showRetired, limit: LIMIT };
  const result = useLiveValue(live ? () => dbModule().searchCards(db, search) : null, [db, ready, query, deckId, status, showRetired], undefined);
  const detail = useLiveValue<Detail | null>(live && openId ? () => dbModule().cardDetail(db, openId) : null, [db, ready, openId], null);
  const titles = new Map(decks.map((d) => [d.id, d.title]));

  if (!ready && error) {
    return (
      <p className="banner banner-error" role="alert">
        {error}
      </p>
    );
  }
  return (
    <div className="stack">
      <form className="browse-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field grow">
          <label htmlFor="browse-text">Search cards</label>
          <input id="browse-text" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. SystemdCgroup" autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="browse-deck">Deck</label>
          <select id="browse-deck" value={deckId ?? ''} onChange={(e) => setParam('deck', e.target.value || null)}>
            <option value="">All decks</option>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="browse-status">State</label>
          <select id="browse-status" value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <label className="row">
          <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />
          Show retired cards
        </label>
      </form>

      {openId && detail && <CardDetail detail={detail} now={now} onClose={() => setParam('card', null)} />}
      {openId && live && detail === null && <p className="banner">There is no card “{openId}”.</p>}

      <p role="status" className="muted flush">
        {result ? (result.total > LIMIT ? `Showing ${LIMIT} of ${result.total} cards.` : `${result.total} card${result.total === 1 ? '' : 's'}.`) : 'Loading cards…'}
      </p>
      {result && (
        <ul className="results">
          {result.hits.map(({ card, status: s }) => (
            <li key={card.id}>
              <button type="button" className="result" aria-current={openId === card.id ? 'true' : undefined} onClick={() => setParam('card', card.id)}>
                <span className="result-prompt">{excerpt(card.prompt)}</span>
                <span className="muted result-meta">
                  {titles.get(card.deckId) ?? card.deckId} · <span className="badge">{s}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
