'use client';
// The study loop for one deck: pin the next card, reveal, rate (one transaction), undo, and reconcile
// with other tabs. The queue is re-read from IndexedDB after every answer, so it is always the truth.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import {
  answerCard,
  getCard,
  getCardState,
  loadDeckCounts,
  loadDeckQueue,
  releaseBuried,
  studyDaySettings,
  StaleAnswerError,
  undoableCount,
  undoLastAnswer,
  type CardRow,
  type CardStateRow,
  type DeckQueue,
} from '@/lib/db';
import { requestPersistentStorage } from '@/lib/pwa/storage-persistence';
import { isQuotaError, quotaMessage } from '@/lib/pwa/quota';
import { createScheduler, formatInterval, RATINGS, studyDayStart, systemTimeZone, type Rating } from '@/lib/srs';

import { useDb, usePrefs } from '../db-provider';

export interface Current {
  row: CardStateRow;
  card: CardRow;
  shownAt: number;
}

export interface SessionStats {
  startedAt: number;
  answered: number;
  again: number;
}

export function useStudySession(deckId: string) {
  const { db, ready } = useDb();
  const prefs = usePrefs();
  const [current, setCurrent] = useState<Current | null>(null);
  const [finished, setFinished] = useState<(DeckQueue & { at: number }) | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [stats, setStats] = useState<SessionStats>(() => ({ startedAt: Date.now(), answered: 0, again: 0 }));
  const persistAsked = useRef(false);
  const scheduler = useMemo(() => createScheduler(prefs.srs), [prefs.srs]);
  const day = studyDaySettings(prefs);

  // The latest prefs, read when the next card is picked: a prefs update (they arrive from the
  // database after the first render) must not re-pick, and so reset, the card on screen.
  const prefsRef = useRef(prefs);
  useEffect(() => {
    prefsRef.current = prefs;
  }, [prefs]);

  const showNext = useCallback(async () => {
    if (!db) return;
    await releaseBuried(db, deckId, Date.now());
    const queue = await loadDeckQueue(db, deckId, Date.now(), prefsRef.current);
    const card = queue.next ? await getCard(db, queue.next.cardId) : undefined;
    setRevealed(false);
    if (queue.next && card) {
      setCurrent({ row: queue.next, card, shownAt: Date.now() });
      setFinished(null);
    } else {
      setCurrent(null);
      setFinished({ ...queue, at: Date.now() });
    }
  }, [db, deckId]);

  useEffect(() => {
    // Loading from IndexedDB is asynchronous: the state is set when the read resolves.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (ready) void showNext();
  }, [ready, showNext]);

  // Counts for the header and progress bar, live across tabs.
  const live = useLiveQuery(() => (db && ready ? loadDeckCounts(db, deckId, Date.now(), prefs) : undefined), [db, ready, deckId, prefs, current, finished]);

  // Another tab answered or changed the card this tab shows: move on instead of answering twice.
  const pinned = useLiveQuery(() => (db && current ? getCardState(db, current.row.cardId) : undefined), [db, current]);
  useEffect(() => {
    if (current && pinned && pinned.cardId === current.row.cardId && pinned.rev !== current.row.rev && !busy) {
      // Reacting to an external store (another tab's write) is what this effect is for. The notice
      // appears with the next card, never above the card it is about.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      void showNext().then(() => setNotice('That card was answered in another tab; here is the next one.'));
    }
  }, [pinned, current, busy, showNext]);

  // When only a learning step is left, come back to it when it is due.
  useEffect(() => {
    if (!finished?.nextAt) return;
    const wait = finished.nextAt - Date.now();
    if (wait > 6 * 3_600_000) return;
    const id = window.setTimeout(() => void showNext(), Math.max(1000, wait + 500));
    return () => window.clearTimeout(id);
  }, [finished, showNext]);

  const undoCount = useLiveQuery(() => (db ? undoableCount(db, studyDayStart(Date.now(), day)) : 0), [db, day.dayStartHour, day.timeZone], 0);

  const intervals = useMemo(() => {
    if (!current) return null;
    const now = current.shownAt;
    const preview = scheduler.preview(current.row.sched, now, current.row.cardId);
    return Object.fromEntries(RATINGS.map((r) => [r, formatInterval(preview[r].due - now)])) as Record<Rating, string>;
  }, [current, scheduler]);

  const reveal = useCallback(() => setRevealed(true), []);

  const rate = useCallback(
    async (rating: Rating) => {
      if (!db || !current || !revealed || busy) return;
      setBusy(true);
      setNotice(null);
      try {
        const now = Date.now();
        await answerCard(db, {
          cardId: current.row.cardId,
          rev: current.row.rev,
          rating,
          now,
          durationMs: now - current.shownAt,
          // The log keeps the zone's name, also when the study day follows the device.
          timeZone: day.timeZone ?? systemTimeZone(),
          scheduler,
        });
        setStats((s) => ({ ...s, answered: s.answered + 1, again: s.again + (rating === 1 ? 1 : 0) }));
        if (!persistAsked.current) {
          persistAsked.current = true;
          void requestPersistentStorage();
        }
      } catch (e) {
        if (e instanceof StaleAnswerError) setNotice('That card was already answered in another tab; nothing was recorded twice.');
        else if (isQuotaError(e)) setNotice(quotaMessage);
        else setNotice(e instanceof Error ? e.message : String(e));
        if (isQuotaError(e)) {
          setBusy(false);
          return;
        }
      }
      await showNext();
      setBusy(false);
    },
    [db, current, revealed, busy, scheduler, day.timeZone, showNext],
  );

  const undo = useCallback(async () => {
    if (!db || busy) return;
    setBusy(true);
    const log = await undoLastAnswer(db, studyDayStart(Date.now(), day));
    if (log) {
      const card = await getCard(db, log.cardId);
      if (card) {
        setCurrent({ row: log.before, card, shownAt: Date.now() });
        setFinished(null);
        setRevealed(false);
      }
      setStats((s) => ({ ...s, answered: Math.max(0, s.answered - 1), again: Math.max(0, s.again - (log.rating === 1 ? 1 : 0)) }));
      setNotice(null);
    }
    setBusy(false);
  }, [db, busy, day]);

  return { ready, current, finished, revealed, busy, notice, stats, live, intervals, undoCount, reveal, rate, undo, keyboard: prefs.keyboardShortcuts };
}
