/** @jest-environment node */
import { addMissesToStudy, DEFAULT_PREFS, loadDeckQueue, Q, syncBundle } from '@/lib/db';
import { getCard } from '@/lib/db/card-rows';

import { BASIC, CHOICE, CLOZE, TYPED } from '../decks/fixtures';
import { bundleOf, freshFactory, openDb } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);

describe('a player’s misses into their own study', () => {
  it('makes the cards this device holds due now and names those it cannot add', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, bundleOf(BASIC, CHOICE, CLOZE, TYPED), NOW);
    await db.cardStates.update('sample-cloze', { suspended: 1 });
    const prefs = { ...DEFAULT_PREFS, timeZone: 'UTC', limits: { newPerDay: 0, reviewsPerDay: 0 } };
    expect((await loadDeckQueue(db, 'sample', NOW, prefs)).next).toBeNull();

    const result = await addMissesToStudy(db, ['sample-choice', 'sample-typed', 'sample-choice', 'sample-cloze', 'hosts-own-card'], NOW);
    expect(result).toEqual({ added: 2, kept: ['sample-cloze'], notHere: ['hosts-own-card'] });
    const queue = await loadDeckQueue(db, 'sample', NOW, prefs);
    expect(queue.counts).toEqual({ newCount: 0, learningCount: 2, reviewCount: 0 });
    expect(await db.cardStates.get('sample-choice')).toMatchObject({ queue: Q.learning, due: NOW });
    expect(await db.cardStates.get('sample-cloze')).toMatchObject({ suspended: 1 });
    expect(await getCard(db, 'hosts-own-card')).toBeUndefined();
  });
});
