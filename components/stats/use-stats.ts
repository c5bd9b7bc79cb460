'use client';
// The statistics for a request, from the statistics worker (stats-client.ts), with how long the figures
// took from asking to having them (asked at the tap on Stats when the screen opens with those). Only
// the latest request's answer is shown.
import { useEffect, useState } from 'react';

import type { StatsFigures, StatsRequest } from '@/lib/db/stats-reply';

import { requestStats, startStatsWorker, takeEarlyStats } from './stats-client';

export interface StatsResult extends StatsFigures {
  /** From asking (at the tap on Stats, if they were asked then) to having the figures. */
  ms: number;
}

export type StatsState = { status: 'loading' } | { status: 'ready'; result: StatsResult } | { status: 'error'; message: string };

/** `request` null: nothing to compute yet (the store is loading). Keyed by its JSON. */
export function useStats(request: StatsRequest | null): StatsState {
  // Each answer is kept with the question it answers: any other question is still loading.
  const [answer, setAnswer] = useState<{ key: string; state: StatsState } | null>(null);
  const key = request ? JSON.stringify(request) : null;

  useEffect(startStatsWorker, []);

  useEffect(() => {
    if (!key) return;
    let current = true;
    const request = JSON.parse(key) as StatsRequest;
    const early = takeEarlyStats(request);
    const started = early?.startedAt ?? performance.now();
    (early?.answer ?? requestStats(request)).then(
      (figures) => current && setAnswer({ key, state: { status: 'ready', result: { ...figures, ms: performance.now() - started } } }),
      (error: unknown) =>
        current && setAnswer({ key, state: { status: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [key]);

  return answer && answer.key === key ? answer.state : { status: 'loading' };
}
