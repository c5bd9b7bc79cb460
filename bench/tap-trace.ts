// npm run bench:tap-trace: where the time of a tap on Good goes, from a Chromium performance trace of
// the study screen over the 100k-card deck (as `npm run bench` seeds it). For each Good tap, from its
// finger-down to the DOM showing the next card (the tap-next figure) and on to the next frame's paint: the
// main thread's self time by trace event (input, script, style, layout, paint, GC), script time by
// source file (CPU samples), and the IndexedDB transactions the tap and the new card start.
import type { CDPSession } from 'playwright-core';

import { openStudyBench } from './study-bench-page';
import { PROBE, READ_MS, sampleCount, tapAndWait } from './tap-next';

const CARDS = Number(process.env.BENCH_CARDS ?? 100_000);
const TAPS = Number(process.env.BENCH_TAPS ?? 12);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** Every IndexedDB transaction the page opens: its mode, stores, and when it started and ended (performance.now()). */
const IDB_LOG = `(() => {
  const log = [];
  window.__idb = log;
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = open.call(this, stores, mode, options);
    const row = { mode: mode || 'readonly', stores: [...tx.objectStoreNames].join(','), start: performance.now(), running: 0, end: 0 };
    log.push(row);
    // A request's success reaches its transaction: the first one says when the transaction got to run.
    tx.addEventListener('success', () => { row.running = row.running || performance.now(); }, true);
    const done = () => { row.end = performance.now(); };
    tx.addEventListener('complete', done);
    tx.addEventListener('abort', done);
    return tx;
  };
})()`;

interface TxRow {
  mode: string;
  stores: string;
  start: number;
  /** When its first request succeeded (0: none did). */
  running: number;
  end: number;
}

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.frame',
        'blink.user_timing',
        'v8',
        'disabled-by-default-v8.cpu_profiler',
      ],
    },
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/** Self time (µs) of the main thread's complete events inside [from, to], by event name. */
function selfTimes(events: TraceEvent[], tid: number, from: number, to: number): Map<string, number> {
  const xs = events.filter((e) => e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts < to && e.ts + e.dur! > from);
  xs.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out = new Map<string, number>();
  const stack: { e: TraceEvent; end: number }[] = [];
  const clip = (a: number, b: number) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  for (const e of xs) {
    const end = e.ts + e.dur!;
    while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    add(out, e.name, clip(e.ts, end));
    if (parent) add(out, parent.e.name, -clip(e.ts, end));
    stack.push({ e, end });
  }
  return out;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** CPU samples (the trace's Profile and ProfileChunk events) of one thread as [time µs, frame label]. */
function cpuSamples(events: TraceEvent[], pid: number, tid: number): [number, string][] {
  const nodes = new Map<number, ProfileNode>();
  const out: [number, string][] = [];
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid) as (TraceEvent & { id?: string }) | undefined;
  if (!profile) return out;
  let t = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
  for (const e of events as (TraceEvent & { id?: string })[]) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    const cpu = (e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }) ?? {};
    for (const n of cpu.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    (cpu.cpuProfile?.samples ?? []).forEach((id, i) => {
      t += cpu.timeDeltas?.[i] ?? 0;
      // The innermost frame with a name or a file: the function the time was spent in.
      let n = nodes.get(id);
      while (
        n &&
        !n.callFrame.url &&
        n.parent !== undefined &&
        !['(garbage collector)', '(program)', '(idle)'].includes(n.callFrame.functionName)
      )
        n = nodes.get(n.parent);
      const f = n?.callFrame;
      const file = f?.url ? f.url.split('/').pop() : '';
      out.push([t, f ? `${f.functionName || '(anonymous)'} ${file}${f.url ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}` : '?']);
    });
  }
  return out;
}

const ms = (us: number) => (us / 1000).toFixed(2);

async function main() {
  const { server, browser, call } = await openStudyBench();
  try {
    await call('seed', CARDS);
    await call('roomyLimits');
    for (const cpu of (process.env.TRACE_CPU ?? '1,4').split(',').map(Number)) {
      const page = await browser.context.newPage();
      await page.addInitScript(IDB_LOG);
      const cdp = await browser.context.newCDPSession(page);
      await page.goto(`${server.url}/study?deck=bench`);
      await page.getByRole('button', { name: 'Show answer' }).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1000);
      await page.evaluate(PROBE);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const events = await traced(cdp, async () => {
        for (let i = 0; i < TAPS; i++) {
          await page.waitForTimeout(READ_MS);
          await tapAndWait(page, 'Show answer', await sampleCount(page));
          await page.waitForTimeout(READ_MS);
          await tapAndWait(page, /^Good/, await sampleCount(page));
        }
        await page.waitForTimeout(READ_MS);
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const txs = await page.evaluate(() => (window as unknown as { __idb: TxRow[] }).__idb);
      const marks = await page.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .map((m) => ({ name: m.name, t: m.startTime, detail: (m as PerformanceMark).detail as number })),
      );
      await page.close();
      report(cpu, events, txs, marks);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

function report(cpu: number, events: TraceEvent[], txs: TxRow[], marks: { name: string; t: number; detail: number }[]) {
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.name === 'tap:down' && x.pid === e.pid),
  );
  if (!main) throw new Error('no renderer main thread with the tap marks in the trace');
  const { pid, tid } = main;
  const traceMarks = events.filter((e) => e.pid === pid && e.cat.includes('user_timing') && e.name.startsWith('tap:') && e.ph !== 'e');
  const paints = events.filter((e) => e.pid === pid && e.tid === tid && e.name === 'Paint').map((e) => e.ts);
  const samples = cpuSamples(events, pid, tid);
  const byName = new Map<string, number>();
  const byFrame = new Map<string, number>();
  const windows: { dom: number; paint: number; input: number }[] = [];
  /** Where each input event of the tap was dispatched, µs after the finger-down's timeStamp. */
  const inputAt = new Map<string, number[]>();
  const txCount = new Map<string, number>();
  let seenFirst = false;
  // Page marks and trace marks come in the same order: pair them to map page time to trace time.
  const pageMarks = marks.filter((m) => m.name.startsWith('tap:'));
  for (let i = 0; i + 1 < traceMarks.length; i++) {
    if (traceMarks[i].name !== 'tap:down' || traceMarks[i + 1].name !== 'tap:next') continue;
    // Skip the first Good tap of the session (it is its own figure).
    if (!seenFirst) {
      seenFirst = true;
      continue;
    }
    const inputLag = (pageMarks[i]?.detail ?? 0) * 1000;
    const from = traceMarks[i].ts - inputLag;
    const dom = traceMarks[i + 1].ts;
    const paint = paints.find((p) => p > dom) ?? dom;
    windows.push({ dom: dom - from, paint: paint - from, input: inputLag });
    for (const [k, v] of selfTimes(events, tid, from, paint)) add(byName, k, v);
    for (const e of events) {
      const type = (e.args?.data as { type?: string } | undefined)?.type;
      if (e.tid !== tid || e.name !== 'EventDispatch' || !type || e.ts < from - 200_000 || e.ts > dom) continue;
      inputAt.set(type, [...(inputAt.get(type) ?? []), e.ts - from]);
    }
    for (let j = 1; j < samples.length; j++)
      if (samples[j][0] >= from && samples[j][0] <= dom) add(byFrame, samples[j][1], samples[j][0] - samples[j - 1][0]);
    // Transactions opened from the finger-down until the next Show answer tap's.
    const pageFrom = pageMarks[i].t - (pageMarks[i].detail ?? 0);
    const pageTo = pageMarks[i + 2]?.t ?? Infinity;
    for (const tx of txs.filter((x) => x.start >= pageFrom && x.start < pageTo)) {
      const key = `${tx.mode} [${tx.stores}]`;
      add(txCount, key, 1);
      add(txCount, `${key} ms`, (tx.end || tx.start) - tx.start);
      add(txCount, `${key} wait ms`, (tx.running || tx.start) - tx.start);
    }
  }
  const real = windows;
  const n = real.length;
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(
    `\nCPU ${cpu}×, ${n} Good taps (after the first): finger-down → DOM median ${ms(med(real.map((w) => w.dom)))} ms, → next paint ${ms(med(real.map((w) => w.paint)))} ms, input queueing ${ms(med(real.map((w) => w.input)))} ms`,
  );
  console.log(`per tap, finger-down → DOM / → paint (ms): ${real.map((w) => `${ms(w.dom)}/${ms(w.paint)}`).join('  ')}`);
  console.log(
    `input events, dispatched after the finger-down's timeStamp (median ms): ${[...inputAt]
      .map(([type, at]) => [type, med(at)] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([type, at]) => `${type} ${ms(at)}`)
      .join(', ')}`,
  );
  console.log('main thread self time per tap, finger-down → next paint (mean ms):');
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`  ${k.padEnd(34)} ${ms(v / n)}`);
  console.log('CPU samples finger-down → DOM, by function (mean ms per tap):');
  for (const [k, v] of [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms(v / n).padStart(6)}  ${k}`);
  console.log(
    'IndexedDB transactions per tap (from the finger-down on Good to the one on the next Show answer): count, mean ms open→end (of which waiting to run)',
  );
  for (const [k, v] of [...txCount].filter(([k]) => !k.endsWith(' ms')).sort((a, b) => b[1] - a[1])) {
    const mean = (suffix: string) => ms((txCount.get(`${k}${suffix}`)! / v) * 1000);
    console.log(`  ${(v / n).toFixed(1).padStart(5)} × ${mean(' ms').padStart(8)} (${mean(' wait ms').padStart(8)}) ms  ${k}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
