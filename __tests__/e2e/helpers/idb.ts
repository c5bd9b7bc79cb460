// Reads the app's IndexedDB from inside the page, without going through the app.
import type { Page } from 'playwright-core';

import type { CardRow, CardStateRow, ReviewLogRow } from '@/lib/db';

export async function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('containerd-cards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            resolve(req.result);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

export async function readRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('containerd-cards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as T[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/** Waits until a store holds exactly `n` rows (IndexedDB writes land asynchronously after a click). */
export async function waitForCount(page: Page, store: string, n: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  while (Date.now() < deadline) {
    last = await countRows(page, store);
    if (last === n) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`${store} has ${last} rows, expected ${n}`);
}

/** Waits until the `settings` row `key` holds a value accepted by `accept`. */
export async function waitForSetting(page: Page, key: string, accept: (value: unknown) => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const rows = await readRows<{ key: string; value: unknown }>(page, 'settings');
    last = rows.find((r) => r.key === key)?.value;
    if (accept(last)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`settings.${key} is ${JSON.stringify(last)}`);
}

/** Writes a learner's cards, their states and review log straight into the app's database (as a restored backup would leave them), under one deck. */
export async function seedLearner(
  target: Page,
  learned: { logs: ReviewLogRow[]; states: CardStateRow[] },
  deck: { id: string; title: string; summary: string },
): Promise<void> {
  const row = { ...deck, order: 99, sources: [], hash: deck.id, cardCount: learned.states.length };
  // Every state has its card, as the app keeps them: a state without one is a card study cannot show.
  const cards: CardRow[] = learned.states.map((s, position) => ({
    id: s.cardId,
    deckId: s.deckId,
    kind: 'basic',
    prompt: `Synthetic question ${position + 1}`,
    answer: `Synthetic answer ${position + 1}`,
    source: 'synthetic learner',
    sourceUrl: '',
    versions: [],
    tags: [],
    position,
    hash: s.cardId,
    retired: 0,
  }));
  for (let start = 0; start < learned.logs.length; start += 2500) {
    const first = start === 0;
    const chunk = {
      deck: row,
      states: first ? learned.states : [],
      cards: first ? cards : [],
      logs: learned.logs.slice(start, start + 2500),
    };
    await target.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('containerd-cards');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['decks', 'cards', 'cardStates', 'reviewLogs'], 'readwrite');
            tx.objectStore('decks').put(rows.deck);
            for (const c of rows.cards) tx.objectStore('cards').put(c);
            for (const s of rows.states) tx.objectStore('cardStates').put(s);
            for (const l of rows.logs) tx.objectStore('reviewLogs').add(l);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      chunk,
    );
  }
}
