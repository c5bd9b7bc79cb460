'use client';
// The statistics' charts and tables, shown once the figures are in. Their own chunk: the screen loads it
// as it opens, beside the worker's reading, so the route's first load stays within its budget.
import type { Stats } from '@/lib/insight/stats';

import { AnswerButtons } from './answer-buttons';
import { Calibration } from './calibration';
import { CardCounts } from './card-counts';
import { DueForecast } from './due-forecast';
import { ReviewCalendar } from './review-calendar';
import { TimeStudied } from './time-studied';
import { TrueRetention } from './true-retention';

export function StatsFigures({ stats }: { stats: Stats }) {
  return (
    <>
      <ReviewCalendar stats={stats} />
      <DueForecast stats={stats} />
      <TrueRetention stats={stats} />
      <Calibration stats={stats} />
      <CardCounts stats={stats} />
      <TimeStudied stats={stats} />
      <AnswerButtons stats={stats} />
    </>
  );
}
