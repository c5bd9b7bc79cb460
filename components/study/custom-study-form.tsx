'use client';
// Anki's Custom Study, for one deck or for every deck: more new cards today, review ahead, the cards
// you forgot today or this week, or a preview that changes no schedule. Each option says how many
// cards it would give before you start it.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';

import type { CustomStudy } from '@/lib/db/custom-study';

import { useDb, usePrefs } from '../db-provider';
import { useLiveValue } from '../use-live-value';
import { MAX_AHEAD_DAYS, planHref } from './study-plan';
import { counted } from '@/lib/text/counted';

type Choice = 'more-new' | 'ahead' | 'forgotten-today' | 'forgotten-week' | 'preview';

const MAX_EXTRA_NEW = 9999;

function wholeIn(text: string, min: number, max: number): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

export function CustomStudyForm({ deckId }: { deckId: string | null }) {
  const { db, store, ready } = useDb();
  const prefs = usePrefs();
  const router = useRouter();
  const id = useId();
  const [choice, setChoice] = useState<Choice>('more-new');
  const [extra, setExtra] = useState('10');
  const [days, setDays] = useState('1');
  const [error, setError] = useState<string | null>(null);

  const title = useLiveValue(
    db && store && deckId ? async () => (await store.getDeck(db, deckId))?.title ?? '' : null,
    [db, store, deckId],
    null,
  );
  const aheadDays = wholeIn(days, 1, MAX_AHEAD_DAYS);
  const specs: Record<Exclude<Choice, 'more-new'>, CustomStudy> = {
    ahead: { kind: 'ahead', days: aheadDays ?? 1, deckId },
    'forgotten-today': { kind: 'forgotten', days: 1, deckId },
    'forgotten-week': { kind: 'forgotten', days: 7, deckId },
    preview: { kind: 'preview', deckId, text: '', status: 'all', version: prefs.studyLine },
  };
  // How many cards each option holds now, so an empty one says so before it is started.
  const sizes = useLiveValue(
    db && store && ready
      ? async () => {
          const now = Date.now();
          const entries = await Promise.all(
            Object.entries(specs).map(async ([k, spec]) => [k, (await store.customStudyCards(db, spec, now, prefs)).length] as const),
          );
          return Object.fromEntries(entries) as Record<Exclude<Choice, 'more-new'>, number>;
        }
      : null,
    [db, store, ready, deckId, prefs, aheadDays],
    undefined,
  );

  if (title === '')
    return (
      <p className="banner" role="alert">
        There is no deck “{deckId}”.
      </p>
    );
  const scope = deckId ? (title ?? '…') : 'all decks';
  const size = (c: Exclude<Choice, 'more-new'>) => (sizes ? ` (${counted(sizes[c], 'card')})` : '');

  const start = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!db || !store) return;
    if (choice === 'more-new') {
      const n = wholeIn(extra, 1, MAX_EXTRA_NEW);
      if (n === null) return setError(`Enter a whole number of new cards from 1 to ${MAX_EXTRA_NEW}.`);
      const today = await store.todayOf(db, Date.now(), prefs);
      await store.addExtraNew(db, today.start, deckId, n);
      router.push(planHref(deckId ? { kind: 'deck', deckId } : { kind: 'decks', deckIds: null }));
      return;
    }
    if (choice === 'ahead' && aheadDays === null) return setError(`Enter a whole number of days from 1 to ${MAX_AHEAD_DAYS}.`);
    if (sizes && sizes[choice] === 0) return setError('That option has no cards right now: choose another.');
    router.push(planHref({ kind: 'custom', spec: specs[choice] }));
  };

  const option = (value: Choice, label: string) => (
    <label className="check">
      <input type="radio" name={`${id}-choice`} value={value} checked={choice === value} onChange={() => setChoice(value)} />
      {label}
    </label>
  );

  return (
    <form className="stack" onSubmit={(e) => void start(e)} noValidate>
      <h1>Custom study: {scope}</h1>
      <fieldset className="stack">
        <legend>Study</legend>
        {option('more-new', 'More new cards today')}
        <div className="field">
          <label htmlFor={`${id}-extra`}>New cards to add to today’s limit</label>
          <input
            id={`${id}-extra`}
            inputMode="numeric"
            value={extra}
            onChange={(e) => setExtra(e.target.value)}
            onFocus={() => setChoice('more-new')}
          />
        </div>
        {option('ahead', `Review ahead${choice === 'ahead' ? size('ahead') : ''}`)}
        <label className="field" htmlFor={`${id}-days`}>
          Cards due in the next (days)
          <input
            id={`${id}-days`}
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.target.value)}
            onFocus={() => setChoice('ahead')}
          />
        </label>
        {option('forgotten-today', `Cards I forgot today${size('forgotten-today')}`)}
        {option('forgotten-week', `Cards I forgot this week${size('forgotten-week')}`)}
        {option('preview', `Preview: every card for the version you run, without changing its schedule${size('preview')}`)}
      </fieldset>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="btn btn-primary">
          Start custom study
        </button>
        <Link className="btn" href="/">
          Back to today
        </Link>
      </div>
    </form>
  );
}
