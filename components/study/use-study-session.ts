'use client';
// The study loop for one deck, several decks, or a custom study list: pin the next card, reveal, rate
// (one transaction), undo, and reconcile with other tabs. A queue is re-read from IndexedDB after every
// answer, so it is always the truth; a custom study list is fixed when the session starts.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';

import { studyDaySettings } from '@/lib/db/prefs';
import { requestPersistentStorage } from '@/lib/pwa/storage-persistence';
import { isQuotaError, quotaMessage } from '@/lib/pwa/quota';
import { createScheduler, formatInterval, nextStudyDayStart, RATINGS, systemTimeZone, type QueueCounts, type Rating } from '@/lib/srs';

import { useDb, usePrefs } from '../db-provider';
import { useLiveValue } from '../use-live-value';
import type { StudyPlan } from './study-plan';
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

/** Resolves in a task after this one: the render a tap asked for, and its effects, come first. */
const afterThisTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/** The rating whose outcome is worked out as soon as a card is on screen; the others when a finger touches theirs. */
const EAGER_PREVIEW: Rating = 3;
/** A preview older than this is not trusted: a learning step may have come due since. */
const PREVIEW_FRESH_MS = 5 * 60_000;

/** The next card after each rating of the card on screen: worked out (ready) or being worked out (pending). */
interface Previews {
  for: Current;
  /** The preview's inputs: a change of settings or queue makes new ones. */
  with: readonly unknown[];
  at: number;
  ready: Map<Rating, ShowAction>;
  pending: Map<Rating, Promise<ShowAction | null>>;
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function errorNotice(e: unknown): string {
  if (e instanceof Error && e.name === 'StaleAnswerError')
    return 'That card was already answered in another tab; nothing was recorded twice.';
  if (isQuotaError(e)) return quotaMessage;
  return e instanceof Error ? e.message : String(e);
}

/** A custom study session's cards still to show (a card rated Again comes back at the end), and how many it started with. */
interface ListLeft {
  ids: string[];
  total: number;
}

export function useStudySession(plan: StudyPlan) {
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

  // A custom study session's list, in a ref for the operations and in state for the screen.
  const listRef = useRef<ListLeft | null>(null);
  const [list, setListState] = useState<ListLeft | null>(null);
  const setList = useCallback((next: ListLeft) => {
    listRef.current = next;
    setListState(next);
  }, []);
  /** The list as it was before each step, so Undo puts the card back where it was. */
  const listBefore = useRef(new WeakMap<SessionStep, ListLeft>());
  const writes = plan.kind !== 'custom' || plan.spec.kind !== 'preview';

  /** Today's next card for a deck or decks (read-only, so a preview can run it inside its own transaction). */
  const readQueueNext = useCallback(
    async (now: number): Promise<ShowAction | null> => {
      if (!db || !store || plan.kind === 'custom') return null;
      const prefsNow = prefsRef.current;
      const queue =
        plan.kind === 'deck'
          ? await store.loadDeckQueue(db, plan.deckId, now, prefsNow)
          : await store.loadSessionQueue(db, plan.deckIds, now, prefsNow);
      const card = queue.next ? await store.getCard(db, queue.next.cardId) : undefined;
      if (queue.next && card) return { type: 'show', current: { row: queue.next, card, shownAt: now }, finished: null };
      return { type: 'show', current: null, finished: { nextAt: queue.nextAt, at: now } };
    },
    [db, store, plan],
  );

  const pickNext = useCallback(async (): Promise<StudyAction | null> => {
    if (!db || !store) return null;
    const now = Date.now();
    const prefsNow = prefsRef.current;
    if (plan.kind === 'custom') {
      if (!listRef.current) {
        const ids = await store.customStudyCards(db, plan.spec, now, prefsNow);
        setList({ ids, total: ids.length });
      }
      // Skip what left the list's reach since it was made: a retired card, or (where answers count) a
      // card suspended or buried meanwhile. A preview shows whatever its search found.
      for (let left = listRef.current!; left.ids.length > 0; left = listRef.current!) {
        const id = left.ids[0];
        const [row, card] = await Promise.all([store.getCardState(db, id), store.getCard(db, id)]);
        const away = !row || !card || card.retired === 1 || (writes && (row.queue === store.Q.suspended || row.queue === store.Q.buried));
        if (!away) return { type: 'show', current: { row, card, shownAt: Date.now() }, finished: null };
        setList({ ...left, ids: left.ids.slice(1) });
      }
      return { type: 'show', current: null, finished: { nextAt: null, at: Date.now() } };
    }
    if (plan.kind === 'deck') await store.releaseBuried(db, plan.deckId, now);
    else await store.releaseBuriedIn(db, plan.deckIds, now);
    return readQueueNext(Date.now());
  }, [db, store, plan, writes, setList, readQueueNext]);

  /** In a custom study session: the card on screen leaves the list, or goes to its end (Again). */
  const advanceList = useCallback(
    (step: SessionStep, requeue: boolean) => {
      const left = listRef.current;
      if (!left) return;
      listBefore.current.set(step, left);
      const rest = left.ids.slice(1);
      setList({ ...left, ids: requeue ? [...rest, step.cardId] : rest });
    },
    [setList],
  );

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

  // Counts for the header and progress bar, live across tabs. Re-read for each card once the screen is
  // settled (the answer written), not between a tap and the next card on screen: while an operation
  // runs the query is let go and the last counts stay.
  const live = useLiveValue<{ counts: QueueCounts } | undefined>(
    db && store && ready && plan.kind !== 'custom' && !busy
      ? () =>
          plan.kind === 'deck'
            ? store.loadDeckCounts(db, plan.deckId, Date.now(), prefs)
            : store.loadSessionCounts(db, plan.deckIds, Date.now(), prefs)
      : null,
    [db, store, ready, plan, prefs, current, finished, busy],
    undefined,
  );

  // Cards this session answered that are still due today (a learning step to come): not finished yet.
  const sessionCards = useMemo(() => answeredCards(state.steps), [state.steps]);
  const dueCount = useLiveValue(
    db && store ? async () => ({ of: sessionCards, count: await store.countDueToday(db, sessionCards, Date.now(), prefs) }) : null,
    [db, store, sessionCards, prefs],
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

  // The interval each rating would give, worked out as the answer works it out (load balancing
  // included), once the card is on screen and the previous answer is written (its due day counts).
  const [outcomes, setOutcomes] = useState<{ for: Current; intervals: Record<Rating, string> } | null>(null);
  // While a card is on screen, what Good would show next is worked out (answer written and rolled back,
  // see previewAnswer), so a tap shows the next card at once and writes behind it; another rating's is
  // worked out when a finger touches its button.
  const previews = useRef<Previews | null>(null);
  const previewsFor = useCallback(
    (shown: Current): Previews | null => {
      if (!db || !store || plan.kind === 'custom') return null;
      const inputs = [readQueueNext, answerInput, prefs] as const;
      const mine = previews.current;
      if (mine?.for === shown && sameInputs(mine.with, inputs)) return mine;
      previews.current = { for: shown, with: inputs, at: Date.now(), ready: new Map(), pending: new Map() };
      return previews.current;
    },
    [db, store, plan, readQueueNext, answerInput, prefs],
  );
  const prepare = useCallback(
    (rating: Rating, shown: Current | null = stateRef.current.current) => {
      const mine = shown && previewsFor(shown);
      if (!db || !store || !mine || mine.ready.has(rating) || mine.pending.has(rating)) return;
      const pending = store
        .previewAnswer(db, answerInput(mine.for, rating, mine.at), () => readQueueNext(mine.at))
        .catch(() => null)
        .then((action) => {
          if (action) mine.ready.set(rating, action);
          mine.pending.delete(rating);
          return action;
        });
      mine.pending.set(rating, pending);
    },
    [db, store, previewsFor, answerInput, readQueueNext],
  );
  /**
   * What a card on screen needs worked out: its intervals first (the buttons show them on reveal), then
   * Good's next card. Each once per card and settings.
   */
  const outcomesAsked = useRef<{ for: Current; with: readonly unknown[] } | null>(null);
  const workAhead = useCallback(
    (shown: Current) => {
      if (!db || !store) return;
      const inputs = [scheduler, prefs] as const;
      const asked = outcomesAsked.current;
      if (asked?.for !== shown || !sameInputs(asked.with, inputs)) {
        outcomesAsked.current = { for: shown, with: inputs };
        void store
          .ratingOutcomes(db, scheduler, { state: shown.row.sched, now: shown.shownAt, cardId: shown.row.cardId })
          .then((next) => {
            const intervals = Object.fromEntries(RATINGS.map((r) => [r, formatInterval(next[r].due - shown.shownAt)]));
            setOutcomes({ for: shown, intervals: intervals as Record<Rating, string> });
          })
          .catch(() => undefined);
      }
      prepare(EAGER_PREVIEW, shown);
    },
    [db, store, scheduler, prefs, prepare],
  );
  useEffect(() => {
    if (!current || busy) return;
    // After the card is painted, so none of this runs between a tap and the next card on screen.
    const id = window.setTimeout(() => workAhead(current), 0);
    return () => window.clearTimeout(id);
  }, [current, busy, workAhead]);
  const intervals = outcomes?.for === current ? outcomes.intervals : null;

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
        // in the same render as the tap, before the answer is written; if it is being worked out, as soon
        // as it is (the answer's write would wait for it anyway).
        // Not when the same card comes straight back (its new state is not written yet).
        const mine = previews.current?.for === answered && now - previews.current.at < PREVIEW_FRESH_MS ? previews.current : null;
        previews.current = null;
        const pending = mine?.pending.get(rating);
        const preview = mine?.ready.get(rating) ?? (pending ? await pending : undefined);
        const ahead = preview?.current && preview.current.row.cardId !== row.cardId ? preview : undefined;
        const next: Current | null = ahead?.current ? { ...ahead.current, shownAt: Date.now() } : null;
        // The next card is rendered as this task ends; the write starts in the task after, so none of
        // its work (opening the transaction, the scheduler) comes between the tap and the next card.
        if (ahead && next) {
          dispatch({ ...ahead, current: next });
          await afterThisTask();
        }
        let notice: string | null = null;
        const prompt = promptText(card.prompt);
        if (!writes) {
          // A preview: the answer moves the session on and is written nowhere.
          const step: SessionStep = { kind: 'answer', logId: null, cardId: row.cardId, rating, prompt };
          dispatch({ type: 'did', step });
          advanceList(step, rating === 1);
          await showNext();
          return null;
        }
        try {
          const writing = store.answerCard(db, answerInput(answered, rating, now));
          // The next card's intervals and Good: queued right behind this answer's write (so they see it)
          // and ahead of the counts the write makes the screen re-read.
          if (next) window.setTimeout(() => workAhead(next), 0);
          const { log } = await writing;
          const step: SessionStep = { kind: 'answer', logId: log.id!, cardId: row.cardId, rating, prompt };
          dispatch({ type: 'did', step });
          advanceList(step, rating === 1);
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
    [db, store, run, answerInput, showNext, writes, advanceList, workAhead],
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
        const step: SessionStep = { kind, cardId: before.cardId, before, prompt: promptText(shown.card.prompt) };
        dispatch({ type: 'did', step });
        advanceList(step, false);
        await showNext();
        return kind === 'bury' ? 'Buried until tomorrow.' : 'Suspended: study skips it until you unsuspend it in Browse.';
      }),
    [db, store, run, showNext, advanceList],
  );

  const undo = useCallback(
    () =>
      run(async () => {
        const last: SessionStep | null = nextUndo(stateRef.current);
        if (!db || !store || !last) return undefined;
        const before =
          last.kind !== 'answer'
            ? (await store.restoreCardState(db, last.before))
              ? last.before
              : undefined
            : last.logId === null
              ? await store.getCardState(db, last.cardId)
              : (await store.undoAnswer(db, last.logId))?.before;
        if (!before) {
          dispatch({ type: 'undone', step: last, current: null });
          return 'That can no longer be undone: the card changed since (another tab).';
        }
        const card = await store.getCard(db, last.cardId);
        const listThen = listBefore.current.get(last);
        if (listThen) setList(listThen);
        dispatch({ type: 'undone', step: last, current: card ? { row: before, card, shownAt: Date.now() } : null });
        return null;
      }),
    [db, store, run, setList],
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
    finishedCards: list ? list.total - new Set(list.ids).size : Math.max(0, sessionCards.length - stillDue),
    /** A custom study session's cards left (null in a queue session, whose counts are `live`). */
    listLeft: list ? new Set(list.ids).size : null,
    writes,
    undoable: nextUndo(state),
    live,
    intervals,
    reveal,
    prepare,
    rate,
    undo,
    bury: () => setAside('bury'),
    suspend: () => setAside('suspend'),
    keyboard: prefs.keyboardShortcuts,
  };
}
