// npm run bench:quiz: 200 simulated players (an SSE stream and POSTs each) in one live game on
// 127.0.0.1, 10 questions, against the memory store and, when available, Redis. The server runs in
// a child process so its peak RSS can be read. Last line: the memory store's figures.
// Targets: reveal p99 ≤ 100 ms, ack p99 ≤ 50 ms, RSS ≤ 150 MB. QUIZ_BENCH_SKIP_REDIS=1 runs memory only;
// QUIZ_BENCH_LOADER="--import tsx" measures the server under tsx's full loader instead.
// Then a challenge on each store: 200 players each fetch the 10 questions one at a time and answer them
// at their own pace, all finishing within a minute; the host's stream is open. Printed last:
// `quiz-challenge: players=200 submit_p99_ms=X results_s=Y` (memory store; results_s: from the last
// submission to the host's report holding every player's every answer). Targets: submit p99 ≤ 100 ms,
// results ≤ 1 s.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { choiceCards } from '../__tests__/server/support/cards';
import { spawnServer, type ChildServer } from '../__tests__/server/support/spawn-server';
import { SseClient } from '../__tests__/server/support/sse-client';

const PLAYERS = 200;
const QUESTIONS = 10;
const MAX_ANSWER_DELAY_MS = 1500;
const RUN_TIMEOUT_MS = 480_000;
/** Challenge players start within this window and pause up to CHALLENGE_THINK_MS before each answer. */
const CHALLENGE_START_SPREAD_MS = 15_000;
const CHALLENGE_THINK_MS = 3_500;
// tsx's CommonJS hook runs the same TypeScript source without the ESM loader thread (~25 MB less RSS).
const LOADER = (process.env.QUIZ_BENCH_LOADER ?? '--require tsx/cjs').split(' ');

interface Figures {
  label: string;
  revealP50: number;
  revealP99: number;
  ackP50: number;
  ackP99: number;
  rssMb: number;
  answers: number;
}

/** Each phone keeps its own connection: one keep-alive agent per simulated player, one for the host. */
const newAgent = () => new http.Agent({ keepAlive: true, maxSockets: 1 });
const agents: http.Agent[] = [];

function post(
  agent: http.Agent,
  base: string,
  url: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const payload = JSON.stringify(body);
  const target = new URL(url, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') as Record<string, unknown> }));
      },
    );
    req.on('error', reject);
    // Without it, Nagle's algorithm meets the server's delayed ACK and some answers wait ~40 ms.
    req.setNoDelay(true);
    req.end(payload);
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Peak resident set of a Linux process, in MB (VmHWM), or of the samples taken when absent. */
function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? /VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

async function inBatches<T>(count: number, size: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += size) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, k) => task(start + k)))));
  }
  return results;
}

async function playGame(server: ChildServer, label: string): Promise<Figures> {
  const base = server.url;
  const hostAgent = newAgent();
  agents.push(hostAgent);
  const created = await post(hostAgent, base, '/api/games', {
    cards: choiceCards(QUESTIONS + 2),
    settings: { questionCount: QUESTIONS, secondsPerQuestion: 20, previewSeconds: 1 },
  });
  if (created.status !== 201) throw new Error(`create: ${JSON.stringify(created.body)}`);
  const { gameId, code, hostToken } = created.body as { gameId: string; code: string; hostToken: string };
  const host = await SseClient.open(base, `/api/games/${gameId}/host/events?token=${hostToken}`);
  const players = await inBatches(PLAYERS, 25, async (i) => {
    const agent = newAgent();
    agents.push(agent);
    const joined = await post(agent, base, '/api/join', { code, nickname: `player-${i}` });
    if (joined.status !== 201) throw new Error(`join ${i}: ${JSON.stringify(joined.body)}`);
    const token = joined.body.playerToken as string;
    const stream = await SseClient.open(base, `/api/games/${gameId}/events?token=${token}`);
    await stream.waitFor('snapshot');
    return { token, stream, agent };
  });
  const acks: number[] = [];
  const reveals: number[] = [];
  const hostCommand = (type: string) => post(hostAgent, base, `/api/games/${gameId}/host`, { type }, hostToken);
  await hostCommand('start');
  for (let q = 0; q < QUESTIONS; q++) {
    const opens = await Promise.all(players.map((p) => p.stream.waitFor('question-open', (d: { index: number }) => d.index === q, 15_000)));
    await Promise.all(
      players.map(async (p, i) => {
        const options = (opens[i]!.data as { options: string[] }).options;
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * MAX_ANSWER_DELAY_MS)));
        const option =
          Math.random() < 0.7 ? options.findIndex((o) => o.startsWith('Option R')) : Math.floor(Math.random() * options.length);
        const sent = performance.now();
        const res = await post(p.agent, base, `/api/games/${gameId}/answer`, { index: q, option }, p.token);
        acks.push(performance.now() - sent);
        if (res.status !== 200) throw new Error(`answer: ${JSON.stringify(res.body)}`);
      }),
    );
    const got = await Promise.all(players.map((p) => p.stream.waitFor('reveal', (d: { index: number }) => d.index === q, 15_000)));
    const revealedAt = (got[0]!.data as { at: number }).at;
    reveals.push(Math.max(...got.map((e) => e.receivedAt - revealedAt)));
    await hostCommand('next');
    await Promise.all(players.map((p) => p.stream.waitFor('leaderboard', (d: { index: number }) => d.index === q, 15_000)));
    await hostCommand('next');
  }
  await Promise.all(players.map((p) => p.stream.waitFor('podium', () => true, 15_000)));
  const figures = {
    label,
    revealP50: percentile(reveals, 50),
    revealP99: percentile(reveals, 99),
    ackP50: percentile(acks, 50),
    ackP99: percentile(acks, 99),
    rssMb: rssMb(server.child.pid ?? 0),
    answers: acks.length,
  };
  host.close();
  players.forEach((p) => p.stream.close());
  return figures;
}

function get(agent: http.Agent, base: string, url: string, token: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const target = new URL(url, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, agent, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') as Record<string, unknown> }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

interface ChallengeFigures {
  submitP50: number;
  submitP99: number;
  resultsS: number;
  playSeconds: number;
  submissions: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function playChallenge(server: ChildServer): Promise<ChallengeFigures> {
  const base = server.url;
  const hostAgent = newAgent();
  agents.push(hostAgent);
  const created = await post(hostAgent, base, '/api/challenges', {
    cards: choiceCards(QUESTIONS + 2),
    settings: { questionCount: QUESTIONS },
    deadline: Date.now() + 30 * 60_000,
  });
  if (created.status !== 201) throw new Error(`create challenge: ${JSON.stringify(created.body)}`);
  const { gameId, code, hostToken } = created.body as { gameId: string; code: string; hostToken: string };
  const host = await SseClient.open(base, `/api/games/${gameId}/host/events?token=${hostToken}`);
  await host.waitFor('snapshot');
  const submits: number[] = [];
  let lastSubmitAt = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: PLAYERS }, async (_, i) => {
      const agent = newAgent();
      agents.push(agent);
      await sleep(Math.random() * CHALLENGE_START_SPREAD_MS);
      const joined = await post(agent, base, '/api/join', { code, nickname: `player-${i}` });
      if (joined.status !== 201) throw new Error(`challenge join ${i}: ${JSON.stringify(joined.body)}`);
      const token = joined.body.playerToken as string;
      for (let q = 0; q < QUESTIONS; q++) {
        const question = await get(agent, base, `/api/games/${gameId}/challenge/questions/${q}`, token);
        if (question.status !== 200) throw new Error(`question ${q}: ${JSON.stringify(question.body)}`);
        const options = question.body.options as string[];
        await sleep(Math.random() * CHALLENGE_THINK_MS);
        const option =
          Math.random() < 0.7 ? options.findIndex((o) => o.startsWith('Option R')) : Math.floor(Math.random() * options.length);
        const sent = performance.now();
        const res = await post(agent, base, `/api/games/${gameId}/challenge/answers`, { index: q, option }, token);
        const done = performance.now();
        submits.push(done - sent);
        lastSubmitAt = Math.max(lastSubmitAt, done);
        if (res.status !== 200) throw new Error(`challenge answer: ${JSON.stringify(res.body)}`);
      }
    }),
  );
  const playSeconds = (lastSubmitAt - started) / 1000;
  // The host's report holding every player's every answer.
  for (;;) {
    const report = await get(hostAgent, base, `/api/games/${gameId}/report`, hostToken);
    const players = (report.body.players as { answered: number }[] | undefined) ?? [];
    if (players.length === PLAYERS && players.every((p) => p.answered === QUESTIONS)) break;
    await sleep(20);
  }
  const resultsS = (performance.now() - lastSubmitAt) / 1000;
  host.close();
  return { submitP50: percentile(submits, 50), submitP99: percentile(submits, 99), resultsS, playSeconds, submissions: submits.length };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** REDIS_URL, or a throwaway redis-server on loopback when the binary is installed. */
async function redisForBench(): Promise<{ url: string; stop: () => void } | undefined> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: () => undefined };
  if (spawnSync('redis-server', ['--version']).status !== 0) return undefined;
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    if (
      spawnSync('redis-cli', ['-p', String(port), 'ping'])
        .stdout?.toString()
        .includes('PONG')
    ) {
      return { url: `redis://127.0.0.1:${port}`, stop: () => void child.kill('SIGTERM') };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  return undefined;
}

async function run(label: string, env: Record<string, string>, out: string): Promise<{ figures: Figures; challenge: ChallengeFigures }> {
  // All 200 players join from 127.0.0.1.
  const limits = { QUIZ_JOIN_PER_IP_PER_MINUTE: '100000' };
  const server = await spawnServer({ ...env, ...limits, OUT_DIR: out, LOG_LEVEL: 'silent' }, LOADER);
  try {
    const figures = await playGame(server, label);
    const fmt = (n: number) => n.toFixed(1);
    console.log(
      `${label}: players=${PLAYERS} questions=${QUESTIONS} answers=${figures.answers} reveal_p50_ms=${fmt(figures.revealP50)} reveal_p99_ms=${fmt(figures.revealP99)} ack_p50_ms=${fmt(figures.ackP50)} ack_p99_ms=${fmt(figures.ackP99)} rss_mb=${fmt(figures.rssMb)}`,
    );
    const challenge = await playChallenge(server);
    console.log(
      `${label} challenge: players=${PLAYERS} questions=${QUESTIONS} submissions=${challenge.submissions} played_s=${fmt(challenge.playSeconds)} submit_p50_ms=${fmt(challenge.submitP50)} submit_p99_ms=${fmt(challenge.submitP99)} results_s=${challenge.resultsS.toFixed(3)} rss_mb=${fmt(rssMb(server.child.pid ?? 0))}`,
    );
    return { figures, challenge };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const out = mkdtempSync(path.join(tmpdir(), 'quiz-bench-'));
  writeFileSync(path.join(out, 'index.html'), '<h1>bench</h1>');
  const watchdog = setTimeout(() => {
    console.error('quiz-load: timed out');
    process.exit(1);
  }, RUN_TIMEOUT_MS);
  console.log(
    `server: node ${LOADER.join(' ')} server/main.ts on 127.0.0.1; ${PLAYERS} players, ${QUESTIONS} questions, answers spread over ${MAX_ANSWER_DELAY_MS} ms`,
  );
  try {
    const redis = process.env.QUIZ_BENCH_SKIP_REDIS ? undefined : await redisForBench();
    if (redis === undefined) console.log('redis: skipped (no REDIS_URL and no redis-server binary)');
    else {
      try {
        await run('redis', { REDIS_URL: redis.url }, out);
      } finally {
        redis.stop();
      }
    }
    const { figures: memory, challenge } = await run('memory', { REDIS_URL: '' }, out);
    console.log(
      `quiz-load: players=${PLAYERS} reveal_p99_ms=${memory.revealP99.toFixed(1)} ack_p99_ms=${memory.ackP99.toFixed(1)} rss_mb=${memory.rssMb.toFixed(1)}`,
    );
    console.log(
      `quiz-challenge: players=${PLAYERS} submit_p99_ms=${challenge.submitP99.toFixed(1)} results_s=${challenge.resultsS.toFixed(3)}`,
    );
  } finally {
    clearTimeout(watchdog);
    agents.forEach((a) => a.destroy());
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
