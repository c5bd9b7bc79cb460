// npm run bench:abuse — the attacks of issue 10 against a real server process on 127.0.0.1 (memory
// store, and Redis when REDIS_URL is set), bounded in count and time, while a bystander game of 50
// players plays on in a process of its own. Prints a table per store and, last, one line:
//   quiz-abuse: create_flood_rss_mb=X streams_refused=N bystander_reveal_p99_ms=Y bystander_errors=0 lost_answers=0
// (the worst of the stores run). Targets: RSS ≤ 400 MB, reveal p99 ≤ 100 ms, no bystander error, no
// lost answer. The Redis run uses database 15 of REDIS_URL (QUIZ_ABUSE_REDIS_DB) and FLUSHES it
// first: point REDIS_URL at a throwaway Redis. Server limits are the defaults (server/README.md).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Redis from 'ioredis';

import { spawnServer } from '../__tests__/server/support/spawn-server';

import {
  attackerTokens,
  codeGuessing,
  createFlood,
  flapping,
  joinLeave,
  lobbyLock,
  slowBodies,
  streamFlood,
  type Row,
} from './abuse/attacks';
import type { BystanderResult } from './abuse/bystander';
import { address, percentile, post } from './abuse/net';

const LOADER = ['--require', 'tsx/cjs'];
const RUN_TIMEOUT_MS = 420_000;
const ATTACKER_GAMES = 11;

interface Figures {
  label: string;
  rssMb: number;
  peakRssMb: number;
  streamsRefused: number;
  revealP99: number;
  ackP99: number;
  errors: number;
  lost: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

function startBystander(base: string) {
  const child = spawn(process.execPath, [...LOADER, path.join(__dirname, 'abuse', 'bystander.ts'), base], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let onReady: (code: string) => void = () => undefined;
  let onResult: (r: BystanderResult) => void = () => undefined;
  const ready = new Promise<string>((resolve) => (onReady = resolve));
  const result = new Promise<BystanderResult>((resolve) => (onResult = resolve));
  child.on('message', (m: { type: string; code?: string; result?: BystanderResult }) => {
    if (m.type === 'ready') onReady(m.code as string);
    if (m.type === 'result') onResult(m.result as BystanderResult);
  });
  child.on('exit', () =>
    onResult({ questions: 0, reveals: [], revealTimes: [], acks: [], errors: ['bystander process exited'], lostAnswers: 0, players: 0 }),
  );
  // A bystander that gave up early has closed its channel: it reports its errors, not a crash.
  return { ready, stop: () => child.connected && child.send('stop'), result, kill: () => child.kill('SIGKILL') };
}

type Timed = Row & { start: number; end: number };

/** Runs an attack and notes when it ran, to match the bystander's reveals against it. */
async function timed<T extends Row | Row[]>(attack: () => Promise<T>): Promise<{ value: T; rows: Timed[] }> {
  const start = Date.now();
  const value = await attack();
  const end = Date.now();
  return { value, rows: (Array.isArray(value) ? value : [value]).map((r) => ({ ...r, start, end })) };
}

function printTable(label: string, rows: Timed[], bystander: BystanderResult): void {
  const during = (r: Timed) => {
    const mine = bystander.reveals.filter((_, i) => (bystander.revealTimes[i] ?? 0) >= r.start && (bystander.revealTimes[i] ?? 0) <= r.end);
    return mine.length === 0 ? '—' : `${percentile(mine, 99).toFixed(0)} ms (${mine.length})`;
  };
  const width = Math.max(...rows.map((r) => r.attack.length));
  console.log(`\n${label}`);
  console.log(`${'attack'.padEnd(width)} | ${'sent'.padStart(5)} | bystander reveal p99 | server's answer`);
  console.log(`${'-'.repeat(width)}-|-------|----------------------|${'-'.repeat(40)}`);
  for (const r of rows) console.log(`${r.attack.padEnd(width)} | ${String(r.sent).padStart(5)} | ${during(r).padEnd(20)} | ${r.outcome}`);
}

async function run(label: string, env: Record<string, string>, out: string): Promise<Figures> {
  const server = await spawnServer({ ...env, OUT_DIR: out, LOG_LEVEL: 'silent' }, LOADER);
  const pid = server.child.pid as number;
  const base = server.url;
  const bystander = startBystander(base);
  try {
    const code = await bystander.ready;
    const rows: Timed[] = [];
    const setup = await timed(async () => {
      const t = await attackerTokens(base, ATTACKER_GAMES, 200);
      return Object.assign(
        { attack: 'attacker setup: games of its own, joins', sent: ATTACKER_GAMES * 201 + 1, outcome: `${t.players.length} player tokens` },
        { tokens: t },
      );
    });
    const tokens = setup.value.tokens;
    rows.push(...setup.rows.map(({ attack, sent, outcome, start, end }) => ({ attack, sent, outcome, start, end })));
    const slow = timed(() => slowBodies(base));
    const flood = await timed(() => createFlood(base, () => rssMb(pid)));
    rows.push(...flood.rows);
    const probe = () =>
      fetch(`${base}/`).then(
        (r) => r.status,
        () => 0,
      );
    const streams = await timed(() => streamFlood(base, tokens, probe));
    rows.push(...streams.rows);
    for (const attack of [
      () => lobbyLock(base, code),
      () => codeGuessing(base),
      () => flapping(base, tokens),
      () => joinLeave(base, tokens),
    ])
      rows.push(...(await timed(attack)).rows);
    rows.push(...(await slow).rows);
    const late = await post(base, '/api/join', { code, nickname: 'after the attacks' }, { from: address(99, 0) });
    bystander.stop();
    const result = await bystander.result;
    const now = Date.now();
    rows.push({ attack: 'a real player joins the bystander game', sent: 1, outcome: String(late.status), start: now, end: now });
    rows.push({
      attack: `bystander game (${result.players} players)`,
      sent: result.acks.length,
      outcome: `${result.questions} questions, ack p99 ${percentile(result.acks, 99).toFixed(1)} ms, ${result.errors.length} errors, ${result.lostAnswers} lost answers`,
      start: 0,
      end: now,
    });
    printTable(`${label} store (server pid ${pid})`, rows, result);
    for (const e of result.errors.slice(0, 10)) console.log(`  bystander error: ${e}`);
    const figures: Figures = {
      label,
      rssMb: flood.value.rssMb,
      peakRssMb: rssMb(pid),
      streamsRefused: streams.value.refused,
      revealP99: percentile(result.reveals, 99),
      ackP99: percentile(result.acks, 99),
      errors: result.errors.length + (late.status === 201 ? 0 : 1),
      lost: result.lostAnswers,
    };
    console.log(
      `${label}: create_flood_rss_mb=${figures.rssMb.toFixed(1)} peak_rss_mb=${figures.peakRssMb.toFixed(1)} streams_refused=${figures.streamsRefused} bystander_reveal_p99_ms=${figures.revealP99.toFixed(1)} bystander_ack_p99_ms=${figures.ackP99.toFixed(1)} bystander_errors=${figures.errors} lost_answers=${figures.lost}`,
    );
    return figures;
  } finally {
    bystander.kill();
    await server.stop();
  }
}

async function redisForBench(): Promise<string | undefined> {
  if (!process.env.REDIS_URL) return undefined;
  const url = new URL(process.env.REDIS_URL);
  url.pathname = `/${process.env.QUIZ_ABUSE_REDIS_DB ?? '15'}`;
  const redis = new Redis(url.toString());
  await redis.flushdb();
  await redis.quit();
  return url.toString();
}

async function main(): Promise<void> {
  const out = mkdtempSync(path.join(tmpdir(), 'quiz-abuse-'));
  writeFileSync(path.join(out, 'index.html'), '<h1>bench</h1>');
  const watchdog = setTimeout(() => {
    console.error('quiz-abuse: timed out');
    process.exit(1);
  }, RUN_TIMEOUT_MS);
  try {
    const all: Figures[] = [await run('memory', { REDIS_URL: '' }, out)];
    const redis = await redisForBench();
    if (redis === undefined) console.log('\nredis: skipped (REDIS_URL is unset)');
    else all.push(await run('redis', { REDIS_URL: redis }, out));
    const worst = (f: (x: Figures) => number) => Math.max(...all.map(f));
    const sum = (f: (x: Figures) => number) => all.reduce((n, x) => n + f(x), 0);
    console.log(
      `quiz-abuse: create_flood_rss_mb=${worst((x) => x.rssMb).toFixed(1)} streams_refused=${Math.min(...all.map((x) => x.streamsRefused))} bystander_reveal_p99_ms=${worst((x) => x.revealP99).toFixed(1)} bystander_errors=${sum((x) => x.errors)} lost_answers=${sum((x) => x.lost)}`,
    );
  } finally {
    clearTimeout(watchdog);
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
