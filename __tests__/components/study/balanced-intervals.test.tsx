import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import { StudySession } from '@/components/study/study-session';
import { DEFAULT_PREFS, getDb, Q, suspendCard, syncBundle, writePrefs, type CardStateRow } from '@/lib/db';
import { createScheduler, DEFAULT_SRS, formatInterval, studyDayStart, type SchedState } from '@/lib/srs';

import { BASIC, CHOICE, CLOZE, TYPED } from '../../decks/fixtures';
import { bundleOf } from '../../db/helpers';

// The rating buttons show the interval the answer will get: with load balancing on, the balanced one
// (another day of ts-fsrs's fuzz range when that day is emptier), not ts-fsrs's fuzzed pick.
const bundle = bundleOf(BASIC, CHOICE, CLOZE, TYPED);
const DAY = 86_400_000;
const scheduler = createScheduler(DEFAULT_SRS);

beforeAll(() => {
  global.fetch = jest.fn(async () => ({ ok: true, status: 200, json: async () => bundle }) as Response);
});

/** A review card last seen 8 days ago whose Good is a few weeks. */
const review = (now: number): SchedState => ({
  phase: 'review',
  due: now - 3_600_000,
  stability: 8,
  difficulty: 5,
  elapsedDays: 8,
  scheduledDays: 8,
  learningSteps: 0,
  reps: 5,
  lapses: 0,
  lastReview: now - 8 * DAY,
});

it('shows on Good the balanced interval, and the answer gets that interval', async () => {
  const now = Date.now();
  const db = getDb();
  await syncBundle(db, bundle, now);
  await writePrefs(db, { ...DEFAULT_PREFS, timeZone: 'UTC', loadBalance: true });
  const sched = review(now);
  const row = (await db.cardStates.get('sample-basic'))!;
  await db.cardStates.put({ ...row, sched, queue: Q.review, due: sched.due });
  for (const id of ['sample-choice', 'sample-cloze', 'sample-typed']) await suspendCard(db, id);
  // Every day of Good's fuzz range full but one, and that one not the day fuzz would pick.
  const plan = scheduler.fuzzPlan(sched, 3, now, 'sample-basic')!;
  const fuzzed = scheduler.answer(sched, 3, now, 'sample-basic').scheduledDays;
  const open = fuzzed === plan.min ? plan.max : plan.min;
  const dayStart = studyDayStart(now, { dayStartHour: DEFAULT_PREFS.dayStartHour, timeZone: 'UTC' });
  const load: CardStateRow[] = [];
  for (let d = plan.min; d <= plan.max; d++) {
    if (d === open) continue;
    for (let i = 0; i < 40; i++) {
      const due = dayStart + d * DAY + 6 * 3_600_000 + i;
      load.push({
        cardId: `load-${d}-${i}`,
        deckId: 'other',
        queue: Q.review,
        due,
        sched: { ...sched, due },
        suspended: 0,
        buriedUntil: 0,
        flag: 0,
        rev: 0,
      });
    }
  }
  await db.cardStates.bulkPut(load);
  expect(formatInterval(open * DAY)).not.toBe(formatInterval(fuzzed * DAY));

  render(
    <DbProvider>
      <StudySession plan={{ kind: 'deck', deckId: 'sample' }} />
    </DbProvider>,
  );
  expect(await screen.findByText("Which program creates the container's processes?")).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
  const good = await screen.findByRole('button', { name: 'Good' });
  await waitFor(() => expect(good).toHaveAccessibleDescription(formatInterval(open * DAY)));
  fireEvent.click(good);
  await waitFor(async () => expect(await db.reviewLogs.count()).toBe(1));
  const after = (await db.cardStates.get('sample-basic'))!;
  expect(after.sched.scheduledDays).toBe(open);
  await act(async () => undefined);
});
