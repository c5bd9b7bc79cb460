// What one import-sized IndexedDB transaction costs Chromium, by schema: 50,000 card rows and 50,000
// card-state rows shaped as an Anki import writes them, put with raw IndexedDB (no Dexie) in one
// readwrite transaction on a fresh profile, timed per table, with the CPU time of Chromium's processes
// (steadier than wall time on a shared machine). Variants, alternated: `v8` (the indexes of Dexie
// version 8), `v9` (version 9: no cardStates.deckId, no cards.retired), `no-queue-due` (v9 without
// [queue+due] either), `bare-states` (v8 with no index on the states), `packed-cards` (v9's states, the cards
// as rows of 64 in a `cardPacks` store keyed by id with indexes deckId and a multiEntry one on cardIds).
// `npx tsx bench/idb-write-probe.ts` after `npm run build`; PROBE_VARIANTS=v8,v9 PROBE_ROUNDS=3 PROBE_ROWS=50000.
import { launchPersistent, PHONE } from '../__tests__/e2e/helpers/browser';
import { startServer } from '../__tests__/e2e/helpers/server';
import { childCpuSeconds } from './child-cpu';

const ROWS = Number(process.env.PROBE_ROWS ?? 50_000);
const ROUNDS = Number(process.env.PROBE_ROUNDS ?? 3);
const VARIANTS = (process.env.PROBE_VARIANTS ?? 'v8,v9').split(',');

type Index = [name: string, keyPath: string | string[], multiEntry?: boolean];
const SCHEMAS: Record<string, { cards: Index[]; states: Index[]; pack?: number }> = {
  v8: {
    cards: [
      ['deckId', 'deckId'],
      ['retired', 'retired'],
    ],
    states: [
      ['deckId', 'deckId'],
      ['[deckId+queue+due]', ['deckId', 'queue', 'due']],
      ['[queue+due]', ['queue', 'due']],
    ],
  },
  v9: {
    cards: [['deckId', 'deckId']],
    states: [
      ['[deckId+queue+due]', ['deckId', 'queue', 'due']],
      ['[queue+due]', ['queue', 'due']],
    ],
  },
  'packed-cards': {
    cards: [
      ['deckId', 'deckId'],
      ['cardIds', 'cardIds', true],
    ],
    states: [
      ['[deckId+queue+due]', ['deckId', 'queue', 'due']],
      ['[queue+due]', ['queue', 'due']],
    ],
    pack: 64,
  },
  'no-queue-due': { cards: [['deckId', 'deckId']], states: [['[deckId+queue+due]', ['deckId', 'queue', 'due']]] },
  'bare-states': {
    cards: [
      ['deckId', 'deckId'],
      ['retired', 'retired'],
    ],
    states: [],
  },
};

/** Runs in the page: the rows, the transaction, the time each table took (ms). */
const PAGE_SCRIPT = `async ({ schema, rows }) => {
  const name = 'probe-' + Math.random();
  const cardStore = schema.pack ? 'cardPacks' : 'cards';
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const cards = open.result.createObjectStore(cardStore, { keyPath: 'id' });
      for (const [n, k, multiEntry] of schema.cards) cards.createIndex(n, k, { multiEntry: !!multiEntry });
      const states = open.result.createObjectStore('cardStates', { keyPath: 'cardId' });
      for (const [n, k] of schema.states) states.createIndex(n, k);
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const deckId = 'anki-1234567890';
  const cards = [];
  const states = [];
  const now = Date.now();
  for (let i = 0; i < rows; i++) {
    const id = deckId + ':' + (1000000 + i);
    const q = '<b>Question ' + i + '</b>: what does shim ' + i + ' do?';
    const a = 'It keeps container <i>' + i + '</i> running.';
    cards.push({ id, deckId, kind: 'basic', prompt: q, answer: a, source: 'Anki: Bench::Imported', sourceUrl: '', versions: [], tags: ['bench'],
      position: i, hash: 'h' + i.toString(16).padStart(15, '0'), html: { prompt: '<p>' + q + '</p>', answer: '<p>' + a + '</p>' }, retired: 0 });
    const sched = { phase: 'review', due: now + i * 1000, stability: 12.3456789, difficulty: 5.4321, elapsedDays: 3, scheduledDays: 12,
      learningSteps: 0, reps: 4, lapses: 0, lastReview: now - 86400000 };
    states.push({ cardId: id, deckId, queue: 2, due: sched.due, sched, suspended: 0, buriedUntil: 0, flag: 0, rev: 4 });
  }
  const cardRows = [];
  if (schema.pack) {
    for (let i = 0; i < cards.length; i += schema.pack) {
      const chunk = cards.slice(i, i + schema.pack);
      cardRows.push({ id: deckId + '#' + i / schema.pack, deckId, cardIds: chunk.map((c) => c.id), cards: chunk });
    }
  } else cardRows.push(...cards);
  const tx = db.transaction([cardStore, 'cardStates'], 'readwrite', { durability: 'relaxed' });
  const putAll = (store, list) => new Promise((resolve) => {
    const s = tx.objectStore(store);
    let last;
    for (const row of list) last = s.put(row);
    last.onsuccess = () => resolve();
  });
  const t0 = performance.now();
  await putAll(cardStore, cardRows);
  const t1 = performance.now();
  await putAll('cardStates', states);
  const t2 = performance.now();
  await new Promise((resolve) => { tx.oncomplete = resolve; });
  const t3 = performance.now();
  db.close();
  await new Promise((resolve) => { const del = indexedDB.deleteDatabase(name); del.onsuccess = resolve; del.onerror = resolve; });
  return { cards: t1 - t0, states: t2 - t1, commit: t3 - t2 };
}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

void (async () => {
  const server = await startServer();
  const results = new Map<string, { wall: number[]; cpu: number[] }>(VARIANTS.map((v) => [v, { wall: [], cpu: [] }]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of VARIANTS) {
        const schema = SCHEMAS[variant];
        if (!schema) throw new Error(`No variant ${variant}: ${Object.keys(SCHEMAS).join(', ')}`);
        const browser = await launchPersistent(PHONE);
        try {
          const page = browser.context.pages()[0] ?? (await browser.context.newPage());
          await page.goto(`${server.url}/offline`);
          await page.waitForTimeout(2_000);
          const cpu0 = childCpuSeconds();
          const t = await page.evaluate(`(${PAGE_SCRIPT})(${JSON.stringify({ schema, rows: ROWS })})`);
          const cpu = childCpuSeconds() - cpu0;
          const { cards, states, commit } = t as { cards: number; states: number; commit: number };
          results.get(variant)!.wall.push((cards + states + commit) / 1000);
          results.get(variant)!.cpu.push(cpu);
          console.log(
            `${variant.padEnd(13)} cards ${(cards / 1000).toFixed(1)} s, states ${(states / 1000).toFixed(1)} s, commit ${(commit / 1000).toFixed(2)} s; Chromium CPU ${cpu.toFixed(1)} s`,
          );
        } finally {
          await browser.close();
        }
      }
    }
    for (const [variant, { wall, cpu }] of results) {
      console.log(
        `${variant.padEnd(13)} median of ${wall.length}: wall ${median(wall).toFixed(1)} s, Chromium CPU ${median(cpu).toFixed(1)} s`,
      );
    }
  } finally {
    await server.close();
  }
})().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
