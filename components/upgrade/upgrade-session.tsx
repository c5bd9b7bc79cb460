'use client';
// "I am moving from 1.7 to 2.0": the cards whose answers change between the two, in the order of
// containerd's upgrade notes (lib/decks/upgrade.ts), one pass, a card rated Again coming back at the
// end. Answers are real reviews: the schedule learns from them, and a card for the other version keeps
// its progress (out of the daily queues) for when the learner switches.
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';

import { studyLineLabel, type StudyLine } from '@/lib/decks/releases';
import { UPGRADE_STAGES, type UpgradeItem } from '@/lib/decks/upgrade';
import type { CardRow, CardStateRow } from '@/lib/db';
import { createScheduler } from '@/lib/srs/fsrs-adapter';
import { formatInterval } from '@/lib/srs/format-interval';
import { systemTimeZone } from '@/lib/srs/study-day';
import { RATINGS, type Rating } from '@/lib/srs/types';

import { useDb, usePrefs } from '../db-provider';
import { CardFace, type Outcome } from '../study/card-face';
import { RatingButtons } from '../study/rating-buttons';

interface Shown {
  item: UpgradeItem<CardRow>;
  state: CardStateRow;
  shownAt: number;
}

export function UpgradeSession({ from, to }: { from: StudyLine; to: StudyLine }) {
  const { db, store } = useDb();
  const prefs = usePrefs();
  const scheduler = useMemo(() => createScheduler(prefs.srs), [prefs.srs]);
  const [items, setItems] = useState<UpgradeItem<CardRow>[] | null>(null);
  const [queue, setQueue] = useState<UpgradeItem<CardRow>[]>([]);
  const [shown, setShown] = useState<Shown | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [done, setDone] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!db || !store) return;
    void store.loadUpgradeCards(db, from, to).then((list) => {
      setItems(list);
      setQueue(list);
    });
  }, [db, store, from, to]);

  // Show the head of the queue with its current state (the rev an answer must name).
  const head = queue[0];
  useEffect(() => {
    if (!db || !store || !head) return;
    let live = true;
    void store.getCardState(db, head.card.id).then((state) => {
      if (!live) return;
      if (state) setShown({ item: head, state, shownAt: Date.now() });
      else setQueue((q) => q.slice(1));
    });
    return () => {
      live = false;
    };
  }, [db, store, head]);

  const intervals = useMemo(() => {
    if (!shown) return null;
    const preview = scheduler.preview(shown.state.sched, shown.shownAt, shown.state.cardId);
    return Object.fromEntries(RATINGS.map((r) => [r, formatInterval(preview[r].due - shown.shownAt)])) as Record<Rating, string>;
  }, [scheduler, shown]);

  const rate = async (rating: Rating) => {
    if (!db || !store || !shown || busy) return;
    setBusy(true);
    const now = Date.now();
    try {
      await store.answerCard(db, {
        cardId: shown.state.cardId,
        rev: shown.state.rev,
        rating,
        now,
        durationMs: now - shown.shownAt,
        timeZone: prefs.timeZone ?? systemTimeZone(),
        scheduler,
      });
    } catch {
      // Answered in another tab meanwhile: move on without counting it here.
    }
    // A fresh item for a card shown again, so it is read again (its rev moved) even when it is the only one left.
    setQueue((q) => (rating === 1 ? [...q.slice(1), { ...q[0]! }] : q.slice(1)));
    if (rating !== 1) setDone((n) => n + 1);
    setShown(null);
    setRevealed(false);
    setOutcome(null);
    setBusy(false);
  };

  const heading = `Upgrading from ${studyLineLabel(from)} to ${studyLineLabel(to)}`;
  if (!items) return <p className="muted">Finding the cards that change…</p>;
  if (items.length === 0) {
    return (
      <div className="stack">
        <h2>{heading}</h2>
        <p>No card changes between these versions.</p>
      </div>
    );
  }
  if (queue.length === 0) {
    return (
      <div className="stack">
        <h2>{heading}</h2>
        <p role="status">
          Done: you went through the {items.length} cards whose answers change between {studyLineLabel(from)} and {studyLineLabel(to)}.
        </p>
        <Link className="btn btn-primary" href="/">
          Back to today
        </Link>
      </div>
    );
  }
  const stage = shown?.item.stage;
  const step = stage ? UPGRADE_STAGES.findIndex((s) => s.id === stage.id) + 1 : 0;
  return (
    <div className="study stack">
      <h2>{heading}</h2>
      <p className="muted" aria-live="polite">
        {done} of {items.length} cards done
        {stage && (
          <>
            {' · '}Step {step} of {UPGRADE_STAGES.length}: {stage.title}
          </>
        )}
      </p>
      {!shown && <p className="muted">Loading…</p>}
      {shown && (
        <>
          <CardFace
            key={`${shown.state.cardId}:${shown.state.rev}:${shown.shownAt}`}
            card={shown.item.card}
            revealed={revealed}
            onAnswered={(o) => {
              setOutcome(o);
              setRevealed(true);
            }}
          />
          <div className="study-actions">
            {revealed && intervals ? (
              <RatingButtons intervals={intervals} disabled={busy} outcome={outcome} onRate={(r) => void rate(r)} />
            ) : (
              <button type="button" className="btn btn-primary btn-block" onClick={() => setRevealed(true)}>
                Show answer
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
