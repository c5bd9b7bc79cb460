// npm run bench: the study loop's figures in headless Chromium with 100,000 cards in IndexedDB.
// Targets: today's queue ≤ 30 ms median, one answer with its transaction ≤ 10 ms median, cold start
// to the first card on screen ≤ 1.5 s. ts-fsrs's own next() is printed as the floor. Then a
// history of 50,000 reviews is added and a backup of it all is timed, step by step, to a file and back.
// Last, the Anki package figures (bench/apkg-bench.ts).
import { openStudyBench } from './study-bench-page';
import { measureTapNext } from './tap-next';

import { apkgBench } from './apkg-bench';

const CARDS = Number(process.env.BENCH_CARDS ?? 100_000);
const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 50_000);

interface Bench {
  seed(n: number): Promise<{ ms: number }>;
  queueTimes(runs: number): Promise<{ indexedMedian: number; allMedian: number; scanMedian: number; queueSize: number }>;
  answerTimes(
    runs: number,
  ): Promise<{ answerMedian: number; answerPlainMedian: number; balanced: number; adapterMedianUs: number; fsrsNextMedianUs: number }>;
  counts(): Promise<{ cards: number; states: number }>;
  roomyLimits(): Promise<void>;
  seedHistory(reviews: number): Promise<void>;
  backupTimes(runs: number): Promise<{
    exportMs: number;
    encodeMs: number;
    decodeMs: number;
    restoreSameMs: number;
    restoreFreshMs: number;
    studied: number;
    fileBytes: number;
    jsonBytes: number;
    logs: number;
    states: number;
  }>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (n: number, d = 1) => n.toFixed(d);

async function main() {
  const { server, browser, call: callAny } = await openStudyBench();
  const call = <K extends keyof Bench>(name: K, ...args: Parameters<Bench[K]>) => callAny(name, ...args) as ReturnType<Bench[K]>;
  try {
    const seeded = await call('seed', CARDS);
    const { cards } = await call('counts');
    console.log(`seed: ${CARDS} cards written in ${f(seeded.ms / 1000, 1)} s (${cards} cards in IndexedDB)`);

    const q = await call('queueTimes', 41);
    const a = await call('answerTimes', 61);

    const cold: number[] = [];
    for (let i = 0; i < 7; i++) {
      const p = await browser.context.newPage();
      const t0 = Date.now();
      await p.goto(`${server.url}/study?deck=bench`);
      await p.getByRole('button', { name: 'Show answer' }).waitFor({ timeout: 30_000 });
      cold.push(Date.now() - t0);
      await p.close();
    }

    const rows = [
      ['today’s queue, 100k-card deck (index range scan)', `${f(q.indexedMedian)} ms`, '≤ 30 ms', q.indexedMedian <= 30],
      ['Study all: queue over every deck (range scans)', `${f(q.allMedian)} ms`, '≤ 30 ms', q.allMedian <= 30],
      ['  baseline: read and filter every state row', `${f(q.scanMedian)} ms`, '', null],
      [`answer one card incl. transaction (${a.balanced}/61 balanced)`, `${f(a.answerMedian, 2)} ms`, '≤ 10 ms', a.answerMedian <= 10],
      ['  the same with load balancing off', `${f(a.answerPlainMedian, 2)} ms`, '', null],
      ['  our adapter: scheduler.answer()', `${f(a.adapterMedianUs)} µs`, '', null],
      ['  floor: ts-fsrs next() per card', `${f(a.fsrsNextMedianUs)} µs`, '', null],
      ['cold start to first card on screen', `${f(median(cold) / 1000, 2)} s`, '≤ 1.5 s', median(cold) <= 1500],
    ] as const;
    console.log(`\nstudy bench, headless Chromium, ${cards} cards, medians (queue n=41, answer n=61, cold start n=7)`);
    for (const [name, value, target, ok] of rows) {
      console.log(`${name.padEnd(52)} ${value.padEnd(28)} ${target}${ok === null ? '' : ok ? '  ok' : '  MISSED'}`);
    }
    console.log(`queue size shown: ${q.queueSize} cards (limits 20 new, 200 reviews)`);

    // Tap Good → next card in the real screen, unthrottled and with the CPU slowed 4× (a mid-range phone).
    const taps = Number(process.env.BENCH_TAPS ?? 60);
    await call('roomyLimits');
    const studyUrl = `${server.url}/study?deck=bench`;
    const t1 = await measureTapNext(browser.context, studyUrl, taps, 1);
    const t4 = await measureTapNext(browser.context, studyUrl, taps, 4);
    // Study all: the same taps in one session over every deck (the bundled decks and the 100k-card one).
    const tAll = await measureTapNext(browser.context, `${server.url}/study?all=1`, taps, 1);
    const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
    const tapRows = [
      ['tap Good → next card on screen', t1.good, '≤ 16 ms'],
      ['  baseline: tap Show answer → answer on screen', t1.reveal, ''],
      ['tap Good → next card, CPU 4× slower', t4.good, '≤ 40 ms'],
      ['  baseline: Show answer, CPU 4× slower', t4.reveal, ''],
      ['tap Good → next card, Study all', tAll.good, ''],
    ] as const;
    console.log(`\ntap bench, ${taps} Good taps per row after the session's first, phone viewport with touch, medians (p90)`);
    for (const [name, xs, target] of tapRows)
      console.log(`${name.padEnd(52)} ${`${f(median([...xs]))} ms (p90 ${f(p90([...xs]))})`.padEnd(28)} ${target}`);
    console.log(`${'first Good tap of a session'.padEnd(52)} ${`${f(t1.first)} ms, CPU 4×: ${f(t4.first)} ms`.padEnd(28)} ≤ 80 ms at 4×`);
    const clicks = [t1, t4, tAll].flatMap((t) => t.clickGaps);
    console.log(
      `clicks that followed a study tap: ${clicks.length}${clicks.length ? ` (finger-down → click timeStamp median ${f(median(clicks), 2)} ms)` : ' (each acts as the finger lifts; no ghost click)'}`,
    );
    console.log(
      `tap-next: median_ms=${f(median(t1.good))} p90_ms=${f(p90(t1.good))} cpu4x_median_ms=${f(median(t4.good))} first_tap_ms=${f(t4.first)}`,
    );
    if (process.env.BENCH_SKIP_BACKUP) return;

    // Backup and restore of the whole store, after a history is added (not part of the timings above).
    await call('seedHistory', REVIEWS);
    const b = await call('backupTimes', 3);
    const mb = (n: number) => `${f(n / 1024 / 1024, 1)} MB`;
    console.log(`\nbackup bench, ${b.states} card states and ${b.logs} review logs, medians of 3 (export to restore)`);
    console.log(`${'export (one read transaction)'.padEnd(52)} ${f(b.exportMs / 1000, 2)} s`);
    console.log(
      `${'encode (JSON + gzip level 6)'.padEnd(52)} ${f(b.encodeMs / 1000, 2)} s   file ${mb(b.fileBytes)} (JSON ${mb(b.jsonBytes)}, ${f(b.jsonBytes / b.fileBytes)}× smaller)`,
    );
    console.log(`${'decode (gunzip in slices + zod check)'.padEnd(52)} ${f(b.decodeMs / 1000, 2)} s`);
    console.log(`${'restore onto the same device (nothing differs)'.padEnd(52)} ${f(b.restoreSameMs / 1000, 2)} s`);
    console.log(`${`restore onto a fresh device (n=1, ${b.studied} studied)`.padEnd(52)} ${f(b.restoreFreshMs / 1000, 2)} s`);
    await browser.close();
    // Anki packages in and out, each import on a fresh profile (bench/apkg-bench.ts).
    await apkgBench(server);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
