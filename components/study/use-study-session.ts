'use client';
// The study loop for one deck: pin the next card, reveal, rate (one transaction), undo, and reconcile
// with other tabs. The queue is re-read from IndexedDB after every answer, so it is always the truth.
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';

import { studyDaySettings } from '@/lib/db/prefs';
import { requestPersistentStorage } from '@/lib/pwa/storage-persistence';
import { isQuotaError, quotaMessage } from '@/lib/pwa/quota';
import { createScheduler, formatInterval, nextStudyDayStart, RATINGS, systemTimeZone, type Rating } from '@/lib/srs';

import { useDb, usePrefs } from '../db-provider';
import { useLiveValue } from '../use-live-value';
import {
  answeredCards,
  initialStudyState,
  nextUndo,
  sessionTally,
  studyReducer,
  type Current,
  type SessionStep,
  type ShowAction,
  type StudyAction,
} from './study-state';

export type { Current } from './study-state';

/** Plain text of a prompt for the Undo button: Markdown marks dropped, cloze deletions hidden. */
function promptText(markdown: string): string {
  return markdown
    .replace(/\{\{[^}]*\}\}/g, '…')
    .replace(/[`*_#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Ratings in the order their previews are worked out: the likeliest first. */
const PREVIEW_ORDER: readonly Rating[] = [3, 1, 4, 2];
/** A preview older than this is not trusted: a learning step may have come due since. */
const PREVIEW_FRESH_MS = 5 * 60_000;

interface Previews {
  for: Current;
  at: number;
  ready: Map<Rating, ShowAction>;
}

function errorNotice(e: unknown): string {
  if (e instanceof Error && e.name === 'StaleAnswerError')
    return 'That card was already answered in another tab; nothing was recorded twice.';
  if (isQuotaError(e)) return quotaMessage;
  return e instanceof Error ? e.message : String(e);
}

export function useStudySession(deckId: string) {
  const { db, store, ready } = useDb();
  const prefs = usePrefs();
  const [state, dispatch] = useReducer(studyReducer, undefined, () => initialStudyState(Date.now()));
  const persistAsked = useRef(false);
  const scheduler = useMemo(() => createScheduler(prefs.srs), [prefs.srs]);
  const timeZone = prefs.timeZone;

  /** The answer to the card on screen as the store takes it. */
  const answerInput = useCallback(
    (shown: Current, rating: Rating, now: number) => ({
      cardId: shown.row.cardId,
      rev: shown.row.rev,
      rating,
      now,
      durationMs: now - shown.shownAt,
      // The log keeps the zone's name, also when the study day follows the device.
      timeZone: timeZone ?? systemTimeZone(),
      scheduler,
    }),
    [timeZone, scheduler],
  );

  // The latest prefs, read when the next card is picked: a prefs update (they arrive from the
  // database after the first render) must not re-pick, and so reset, the card on screen.
  const prefsRef = useRef(prefs);
  useEffect(() => {
    prefsRef.current = prefs;
  }, [prefs]);
  // The state as of the last render, for callbacks that must not run twice at once.
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  /** Reads the next card (read-only, so a preview can run it inside its own transaction). */
  const readNext = useCallback(
    async (now: number): Promise<ShowAction | null> => {
      if (!db || !store) return null;
      const queue = await store.loadDeckQueue(db, deckId, now, prefsRef.current);
      const card = queue.next ? await store.getCard(db, queue.next.cardId) : undefined;
      if (queue.next && card) return { type: 'show', current: { row: queue.next, card, shownAt: now }, finished: null };
      return { type: 'show', current: null, finished: { ...queue, at: now } };
    },
    [db, store, deckId],
  );

  const pickNext = useCallback(async (): Promise<StudyAction | null> => {
    if (!db || !store) return null;
    await store.releaseBuried(db, deckId, Date.now());
    return readNext(Date.now());
  }, [db, store, deckId, readNext]);

  /**
   * Runs one operation with the screen marked busy. Whatever it throws, busy ends and the error is
   * said, so the screen can never be left unresponsive.
   */
  const run = useCallback(async (operation: () => Promise<string | null | undefined>) => {
    if (stateRef.current.busy) return;
    stateRef.current = { ...stateRef.current, busy: true };
    dispatch({ type: 'start' });
    let notice: string | null | undefined;
    try {
      notice = await operation();
    } catch (e) {
      notice = errorNotice(e);
    }
    dispatch({ type: 'settled', notice });
  }, []);

  const showNext = useCallback(async () => {
    const action = await pickNext();
    if (action) dispatch(action);
  }, [pickNext]);

  useEffect(() => {
    if (ready) void run(async () => (await showNext(), undefined));
  }, [ready, run, showNext]);

  const { current, finished, busy } = state;

  // Counts for the header and progress bar, live across tabs.
  const live = useLiveValue(
    db && store && ready ? () => store.loadDeckCounts(db, deckId, Date.now(), prefs) : null,
    [db, store, ready, deckId, prefs, current, finished],
    undefined,
  );

  // Cards this session answered that are still due today (a learning step to come): not finished yet.
  const sessionCards = useMemo(() => answeredCards(state.steps), [state.steps]);
  const dueCount = useLiveValue(
    db && store ? async () => ({ of: sessionCards, count: await store.countDueToday(db, sessionCards, Date.now(), prefs) }) : null,
    [db, store, sessionCards, prefs, current],
    undefined,
  );
  // Until the count for the current answers arrives, the newest answer's card counts as not finished.
  const stillDue = dueCount?.of === sessionCards ? dueCount.count : sessionCards.length;

  // Another tab answered or changed the card this tab shows: move on instead of answering twice.
  const pinned = useLiveValue(
    db && store && current ? () => store.getCardState(db, current.row.cardId) : null,
    [db, store, current],
    undefined,
  );
  useEffect(() => {
    if (current && pinned && pinned.cardId === current.row.cardId && pinned.rev !== current.row.rev && !busy) {
      // The notice appears with the next card, never above the card it is about.
      void run(async () => (await showNext(), 'That card was answered in another tab; here is the next one.'));
    }
  }, [pinned, current, busy, run, showNext]);

  // When only a learning step is left, come back to it when it is due.
  useEffect(() => {
    if (!finished?.nextAt) return;
    const wait = finished.nextAt - Date.now();
    if (wait > 6 * 3_600_000) return;
    const id = window.setTimeout(() => void run(async () => (await showNext(), undefined)), Math.max(1000, wait + 500));
    return () => window.clearTimeout(id);
  }, [finished, run, showNext]);

  const intervals = useMemo(() => {
    if (!current) return null;
    const now = current.shownAt;
    const preview = scheduler.preview(current.row.sched, now, current.row.cardId);
    return Object.fromEntries(RATINGS.map((r) => [r, formatInterval(preview[r].due - now)])) as Record<Rating, string>;
  }, [current, scheduler]);

  // While a card is on screen, work out what each rating would show next (answer written and rolled
  // back, see previewAnswer), Good first: a tap then shows the next card at once and writes behind it.
  const previews = useRef<Previews | null>(null);
  useEffect(() => {
    previews.current = null;
    if (!db || !store || !current) return;
    const mine: Previews = { for: current, at: Date.now(), ready: new Map() };
    previews.current = mine;
    let cancelled = false;
    void (async () => {
      for (const rating of PREVIEW_ORDER) {
        if (cancelled) return;
        const input = answerInput(current, rating, mine.at);
        const action = await store.previewAnswer(db, input, () => readNext(mine.at)).catch(() => null);
        if (cancelled || !action) return;
        mine.ready.set(rating, action);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [db, store, current, readNext, answerInput, scheduler, prefs]);

  const reveal = useCallback(() => dispatch({ type: 'reveal' }), []);

  const rate = useCallback(
    (rating: Rating) =>
      run(async () => {
        const shown = stateRef.current;
        if (!db || !store || !shown.current || !shown.revealed) return undefined;
        const answered = shown.current;
        const { card, row } = answered;
        const now = Date.now();
        // The next card, if it was worked out for this card and rating and is still fresh: shown now,
        // in the same render as the tap, before the answer is written.
        // Not when the same card comes straight back (its new state is not written yet).
        const preview =
          previews.current?.for === answered && now - previews.current.at < PREVIEW_FRESH_MS
            ? previews.current.ready.get(rating)
            : undefined;
        const ahead = preview?.current && preview.current.row.cardId !== row.cardId ? preview : undefined;
        previews.current = null;
        if (ahead?.current) dispatch({ ...ahead, current: { ...ahead.current, shownAt: now } });
        let notice: string | null = null;
        try {
          const { log } = await store.answerCard(db, answerInput(answered, rating, now));
          dispatch({ type: 'did', step: { kind: 'answer', logId: log.id!, cardId: row.cardId, rating, prompt: promptText(card.prompt) } });
          if (!persistAsked.current) {
            persistAsked.current = true;
            void requestPersistentStorage();
          }
        } catch (e) {
          // A full disk keeps the card on screen to try again (put back if the next one was shown);
          // anything else moves on.
          if (isQuotaError(e)) {
            if (ahead?.current) dispatch({ type: 'show', current: answered, finished: null, revealed: true });
            return quotaMessage;
          }
          notice = errorNotice(e);
        }
        // Without a preview (or when it said the day is done) the queue is read now, with the real time.
        if (!ahead?.current || notice) await showNext();
        return notice;
      }),
    [db, store, run, answerInput, showNext],
  );

  /** Bury (until the next study day) or suspend the card on screen; both are undoable. */
  const setAside = useCallback(
    (kind: 'bury' | 'suspend') =>
      run(async () => {
        const shown = stateRef.current.current;
        if (!db || !store || !shown) return undefined;
        const before = await store.getCardState(db, shown.row.cardId);
        if (!before || before.rev !== shown.row.rev) throw new store.StaleAnswerError(shown.row.cardId);
        if (kind === 'bury') await store.buryCard(db, before.cardId, nextStudyDayStart(Date.now(), studyDaySettings(prefsRef.current)));
        else await store.suspendCard(db, before.cardId);
        dispatch({ type: 'did', step: { kind, cardId: before.cardId, before, prompt: promptText(shown.card.prompt) } });
        await showNext();
        return kind === 'bury' ? 'Buried until tomorrow.' : 'Suspended: study skips it until you unsuspend it in Browse.';
      }),
    [db, store, run, showNext],
  );

  const undo = useCallback(
    () =>
      run(async () => {
        const last: SessionStep | null = nextUndo(stateRef.current);
        if (!db || !store || !last) return undefined;
        const before =
          last.kind === 'answer'
            ? (await store.undoAnswer(db, last.logId))?.before
            : (await store.restoreCardState(db, last.before))
              ? last.before
              : undefined;
        if (!before) {
          dispatch({ type: 'undone', step: last, current: null });
          return 'That can no longer be undone: the card changed since (another tab).';
        }
        const card = await store.getCard(db, last.cardId);
        dispatch({ type: 'undone', step: last, current: card ? { row: before, card, shownAt: Date.now() } : null });
        return null;
      }),
    [db, store, run],
  );

  return {
    ready,
    current,
    finished,
    revealed: state.revealed,
    busy,
    notice: state.notice,
    startedAt: state.startedAt,
    tally: sessionTally(state.steps),
    finishedCards: Math.max(0, sessionCards.length - stillDue),
    undoable: nextUndo(state),
    live,
    intervals,
    reveal,
    rate,
    undo,
    bury: () => setAside('bury'),
    suspend: () => setAside('suspend'),
    keyboard: prefs.keyboardShortcuts,
  };
}
