'use client';
// Reruns the optimizer by itself once enough new reviews have come in (RERUN_AFTER_REVIEWS since the
// last run), checked a while after the app starts (so it never competes with the first screen) and as
// reviews are added; never over parameters the learner entered by hand. Renders nothing; ends its run
// when the app goes away.
import { useEffect, useRef, useState } from 'react';

import { RERUN_AFTER_REVIEWS, rerunDue } from '@/lib/insight/optimizer-decision';

import { useDb } from '../db-provider';
import { useLiveValue } from '../use-live-value';
import { startOptimizer, stopOptimizer, useOptimizerStatus } from './optimizer-client';

/** How long after the store is ready the first check waits. */
const SETTLE_MS = 10_000;

export function BackgroundOptimizer({ settleMs = SETTLE_MS }: { settleMs?: number }) {
  const { db, store, ready } = useDb();
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => setSettled(true), settleMs);
    return () => clearTimeout(timer);
  }, [ready, settleMs]);
  // Not watched while a run is going (started here or from Settings): nothing to decide until it ends.
  const running = useOptimizerStatus().running;
  const watch = db && store && settled && !running;
  const reviews = useLiveValue(watch ? () => store.countReviews(db) : null, [db, store, watch], -1);
  // A run that found too little to train on is not recorded: wait for as many reviews again before retrying.
  const tried = useRef(-Infinity);
  useEffect(() => {
    if (!db || !store || reviews < 0 || reviews - tried.current < RERUN_AFTER_REVIEWS) return;
    let cancelled = false;
    void Promise.all([store.readPrefs(db), store.readOptimizerRecord(db)]).then(([prefs, record]) => {
      if (cancelled || !rerunDue(prefs.srs.weights, record, reviews)) return;
      tried.current = reviews;
      startOptimizer();
    });
    return () => {
      cancelled = true;
    };
  }, [db, store, reviews]);
  useEffect(() => stopOptimizer, []);
  return null;
}
