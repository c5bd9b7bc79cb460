'use client';
// Browse: search every card by text, filter by deck and state, open one to see and change it.
// Deck, state and the open card live in the URL (so Decks can link here and Back closes a card);
// the search text stays in the component, which an open card keeps mounted behind it.
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

import { isStudyLine } from '@/lib/decks/releases';
import { counted } from '@/lib/text/counted';
import type { CardDetail as Detail, DeckChoice } from '@/lib/db/browse-queries';

import { useDb } from '../db-provider';
import { planHref } from '../study/study-plan';
import { useMinuteClock } from '../use-deck-queues';
import { useLiveValue } from '../use-live-value';
import { BrowseFilters, isStatusFilter, type Filters } from './browse-filters';
import { BrowseResults } from './browse-results';
import { CardDetail } from './card-detail';
import { useDebouncedValue } from './use-debounced-value';

const PAGE = 100;
const TYPING_PAUSE_MS = 200;

export function BrowseScreen() {
  const { db, store, ready, error } = useDb();
  const params = useSearchParams();
  const router = useRouter();
  const path = usePathname();
  const now = useMinuteClock();
  const [text, setText] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const query = useDebouncedValue(text, TYPING_PAUSE_MS);
  const deckId = params.get('deck') || null;
  const stateParam = params.get('state');
  const status = isStatusFilter(stateParam) ? stateParam : 'all';
  const openId = params.get('card');
  const versionParam = params.get('version');
  const version = isStudyLine(versionParam) ? versionParam : null;

  const urlWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const qs = next.toString();
    return qs ? `${path}?${qs}` : path;
  };

  const live = db && store && ready;
  const decks = useLiveValue<DeckChoice[]>(live ? () => store.deckChoices(db) : null, [db, store, ready], []);
  const search = { text: query, deckId, status, showRetired, version, limit };
  const result = useLiveValue(
    live ? () => store.searchCards(db, search) : null,
    [db, store, ready, query, deckId, status, showRetired, version, limit],
    undefined,
  );
  const opened = useLiveValue<{ id: string; detail: Detail | null } | undefined>(
    live && openId ? async () => ({ id: openId, detail: await store.cardDetail(db, openId) }) : null,
    [db, store, ready, openId],
    undefined,
  );
  const current = openId && opened?.id === openId ? opened : undefined;
  const deckTitles = new Map(decks.map((d) => [d.id, d.title]));

  // Opening a card from the list pushes a history entry; closing goes back to it, where the list
  // scroll position and the focused result are put back.
  const fromList = useRef<{ id: string; scrollY: number } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownId = current?.detail?.card.id;
  useEffect(() => {
    if (!shownId) return;
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [shownId]);
  useEffect(() => {
    const back = fromList.current;
    if (openId || !back) return;
    fromList.current = null;
    window.scrollTo(0, back.scrollY);
    document.querySelector<HTMLElement>(`[data-card="${CSS.escape(back.id)}"]`)?.focus({ preventScroll: true });
  }, [openId]);

  const close = () => {
    if (fromList.current) router.back();
    else router.replace(urlWith({ card: null }), { scroll: false });
  };
  const change = (f: Partial<Filters>) => {
    if (f.text !== undefined) setText(f.text);
    if (f.showRetired !== undefined) setShowRetired(f.showRetired);
    if (f.deckId !== undefined || f.status !== undefined || f.version !== undefined) {
      const nextDeck = f.deckId !== undefined ? f.deckId : deckId;
      const nextStatus = f.status ?? status;
      const nextVersion = f.version !== undefined ? f.version : version;
      router.replace(urlWith({ deck: nextDeck, state: nextStatus === 'all' ? null : nextStatus, version: nextVersion }), {
        scroll: false,
      });
    }
  };

  if (!ready && error) {
    return (
      <p className="banner banner-error" role="alert">
        {error}
      </p>
    );
  }
  return (
    <>
      {openId && (
        <div className="stack">
          <button type="button" className="btn self-start" onClick={close}>
            ← Back to cards
          </button>
          {current?.detail ? (
            <CardDetail key={current.detail.card.id} detail={current.detail} now={now} headingRef={heading} />
          ) : current ? (
            <p className="banner" role="alert">
              There is no card “{openId}”.
            </p>
          ) : (
            <p className="muted">Loading card…</p>
          )}
        </div>
      )}
      <div hidden={Boolean(openId)}>
        <div className="stack">
          <BrowseFilters filters={{ text, deckId, status, showRetired, version }} decks={decks} onChange={change} />
          {result && result.total > 0 && (
            <Link
              className="btn self-start"
              href={planHref({ kind: 'custom', spec: { kind: 'preview', deckId, text: query, status, version } })}
              prefetch={false}
            >
              {result.total === 1 ? 'Preview this card' : `Preview these ${counted(result.total, 'card')}`}
              <span className="sr-only"> (custom study, schedule unchanged)</span>
            </Link>
          )}
          <BrowseResults
            result={result}
            deckTitles={deckTitles}
            now={now}
            hrefFor={(id) => urlWith({ card: id })}
            onOpen={(id) => (fromList.current = { id, scrollY: window.scrollY })}
            onMore={() => setLimit((n) => n + PAGE)}
          />
        </div>
      </div>
    </>
  );
}
