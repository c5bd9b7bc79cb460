/** @jest-environment node */
import { answerCard, syncBundle, Q } from '@/lib/db';
import { getCard } from '@/lib/db/card-rows';
import { createScheduler } from '@/lib/srs';

import { BASIC, CHOICE, CLOZE, TYPED } from '../decks/fixtures';
import { bundleOf, freshFactory, openDb } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const scheduler = createScheduler();

async function studied() {
  const db = openDb(freshFactory());
  await syncBundle(db, bundleOf(BASIC, CHOICE, CLOZE, TYPED), NOW);
  for (const id of ['sample-basic', 'sample-choice']) {
    const row = (await db.cardStates.get(id))!;
    await answerCard(db, { cardId: id, rev: row.rev, rating: 4, now: NOW, durationMs: 1, timeZone: 'UTC', scheduler });
  }
  return db;
}

describe('deck updates never lose progress', () => {
  it('does nothing when the bundle version is unchanged', async () => {
    const db = await studied();
    const report = await syncBundle(db, bundleOf(BASIC, CHOICE, CLOZE, TYPED), NOW + 1);
    expect(report).toEqual({ added: 0, updated: 0, retired: 0, restored: 0, unchanged: 0 });
  });

  it('unchanged cards keep their state', async () => {
    const db = await studied();
    const before = await db.cardStates.get('sample-basic');
    const report = await syncBundle(
      db,
      bundleOf(BASIC, CHOICE, CLOZE, TYPED, TYPED.replace('sample-typed', 'sample-typed-2').replace('lists', 'prints')),
      NOW + 1,
    );
    expect(report.unchanged).toBe(4);
    expect(await db.cardStates.get('sample-basic')).toEqual(before);
  });

  it('edited cards keep their schedule and get the new content', async () => {
    const db = await studied();
    const before = (await db.cardStates.get('sample-choice'))!;
    const edited = CHOICE.replace('The name maps to a binary by the runtime v2 rule.', 'Runtime v2 maps the name to a binary.');
    const report = await syncBundle(db, bundleOf(BASIC, edited, CLOZE, TYPED), NOW + 1);
    expect(report.updated).toBe(1);
    expect((await getCard(db, 'sample-choice'))!.answer).toBe('Runtime v2 maps the name to a binary.');
    const after = (await db.cardStates.get('sample-choice'))!;
    expect(after.sched).toEqual(before.sched);
    expect(after.queue).toBe(Q.review);
  });

  it('removed cards are retired with their logs kept, and come back with their state', async () => {
    const db = await studied();
    const before = (await db.cardStates.get('sample-basic'))!;
    const report = await syncBundle(db, bundleOf(CHOICE, CLOZE, TYPED), NOW + 1);
    expect(report.retired).toBe(1);
    expect((await getCard(db, 'sample-basic'))!.retired).toBe(1);
    expect((await db.cardStates.get('sample-basic'))!.queue).toBe(Q.retired);
    expect(await db.reviewLogs.where('cardId').equals('sample-basic').count()).toBe(1);

    const back = await syncBundle(db, bundleOf(BASIC, CHOICE, CLOZE, TYPED), NOW + 2);
    expect(back.restored).toBe(1);
    const restored = (await db.cardStates.get('sample-basic'))!;
    expect(restored.sched).toEqual(before.sched);
    expect(restored.queue).toBe(Q.review);
    expect((await getCard(db, 'sample-basic'))!.retired).toBe(0);
  });

  it('new cards arrive as new', async () => {
    const db = await studied();
    const extra = BASIC.replace('sample-basic', 'sample-extra').replace(
      "Which program creates the container's processes?",
      'What is a task?',
    );
    const report = await syncBundle(db, bundleOf(BASIC, CHOICE, CLOZE, TYPED, extra), NOW + 1);
    expect(report.added).toBe(1);
    const row = (await db.cardStates.get('sample-extra'))!;
    expect(row.sched.phase).toBe('new');
    expect(row.queue).toBe(Q.new);
    expect(row.due).toBe(4);
  });
});
