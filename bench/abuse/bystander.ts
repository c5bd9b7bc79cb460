// The bystander game of the abuse bench, in a process of its own so the attackers' work does not
// delay its clocks: a host and 50 players, each from its own loopback address with one keep-alive
// connection, play question after question until the parent says "stop". Every 5 questions a
// late player joins. It reports reveal and ack latencies, every failed request and lost answer.
// Run by bench/quiz-abuse.ts: node --require tsx/cjs bench/abuse/bystander.ts <base url>
import http from 'node:http';

import { choiceCards } from '../../__tests__/server/support/cards';
import { SseClient } from '../../__tests__/server/support/sse-client';

import { address, post, sleep } from './net';

const PLAYERS = 50;
const MAX_ANSWER_DELAY_MS = 1500;
const EVENT_TIMEOUT_MS = 20_000;
const BLOCK = 20;

export interface BystanderResult {
  questions: number;
  reveals: number[];
  /** Date.now() of each reveal, to tell which attack it happened under. */
  revealTimes: number[];
  acks: number[];
  errors: string[];
  lostAnswers: number;
  players: number;
}

interface Player {
  token: string;
  stream: SseClient;
  agent: http.Agent;
}

const base = process.argv[2] as string;
const agents: http.Agent[] = [];
// Filled as the game goes, so that a failure still reports what was measured before it.
const result: BystanderResult = { questions: 0, reveals: [], revealTimes: [], acks: [], errors: [], lostAnswers: 0, players: 0 };
const { errors, reveals, acks } = result;
let stopping = false;
process.on('message', (m) => {
  if (m === 'stop') stopping = true;
});

function agentFor(from: string): http.Agent {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: from } as http.AgentOptions);
  agents.push(agent);
  return agent;
}

async function joinPlayer(code: string, gameId: string, n: number): Promise<Player | undefined> {
  const from = address(BLOCK, n + 1);
  const agent = agentFor(from);
  const joined = await post(base, '/api/join', { code, nickname: `player ${n}` }, { agent });
  if (joined.status !== 201) {
    errors.push(`join ${n}: ${joined.status} ${String(joined.body.error)}`);
    return undefined;
  }
  const token = joined.body.playerToken as string;
  const stream = await SseClient.open(base, `/api/games/${gameId}/events?token=${token}`, {}, from);
  if (stream.status !== 200) errors.push(`stream ${n}: ${stream.status}`);
  await stream.waitFor('snapshot', () => true, EVENT_TIMEOUT_MS);
  return { token, stream, agent };
}

async function play(): Promise<void> {
  const hostAgent = agentFor(address(BLOCK, 0));
  const created = await post(
    base,
    '/api/games',
    { cards: choiceCards(100), settings: { questionCount: 100, secondsPerQuestion: 10, previewSeconds: 1 } },
    { agent: hostAgent },
  );
  if (created.status !== 201) throw new Error(`bystander create: ${created.status} ${JSON.stringify(created.body)}`);
  const { gameId, code, hostToken } = created.body as { gameId: string; code: string; hostToken: string };
  const host = await SseClient.open(base, `/api/games/${gameId}/host/events?token=${hostToken}`, {}, address(BLOCK, 0));
  const players = (await Promise.all(Array.from({ length: PLAYERS }, (_, i) => joinPlayer(code, gameId, i)))).filter(
    (p): p is Player => p !== undefined,
  );
  process.send?.({ type: 'ready', code, gameId });
  const command = async (type: string) => {
    const res = await post(base, `/api/games/${gameId}/host`, { type }, { agent: hostAgent, token: hostToken });
    if (res.status !== 200) errors.push(`host ${type}: ${res.status} ${String(res.body.error)}`);
  };
  await command('start');
  for (let q = 0; q < 100; q++) {
    result.questions = q + 1;
    result.players = players.length;
    const active = [...players];
    const opens = await Promise.all(
      active.map((p) => p.stream.waitFor('question-open', (d: { index: number }) => d.index === q, EVENT_TIMEOUT_MS)),
    );
    const sent = await Promise.all(
      active.map(async (p, i) => {
        const options = (opens[i]!.data as { options: string[] }).options;
        await sleep(Math.floor(Math.random() * MAX_ANSWER_DELAY_MS));
        const option = Math.floor(Math.random() * options.length);
        const started = performance.now();
        const res = await post(base, `/api/games/${gameId}/answer`, { index: q, option }, { agent: p.agent, token: p.token }).catch(
          (e: Error) => ({ status: 0, body: { error: e.message } }),
        );
        acks.push(performance.now() - started);
        if (res.status !== 200) errors.push(`answer q${q}: ${res.status} ${String(res.body.error)}`);
        return res.status === 200 ? option : null;
      }),
    );
    const got = await Promise.all(active.map((p) => p.stream.waitFor('reveal', (d: { index: number }) => d.index === q, EVENT_TIMEOUT_MS)));
    const at = (got[0]!.data as { at: number }).at;
    reveals.push(Math.max(...got.map((e) => e.receivedAt - at)));
    result.revealTimes.push(at);
    got.forEach((e, i) => {
      const you = (e.data as { you: { option: number | null } | null }).you;
      if (sent[i] !== null && you?.option !== sent[i]) result.lostAnswers++;
    });
    await command('next');
    await Promise.all(active.map((p) => p.stream.waitFor('leaderboard', (d: { index: number }) => d.index === q, EVENT_TIMEOUT_MS)));
    if (q % 5 === 4) {
      const late = await joinPlayer(code, gameId, players.length);
      if (late !== undefined) players.push(late);
    }
    if (stopping) break;
    await command('next');
  }
  await command('end');
  await Promise.all(players.map((p) => p.stream.waitFor('podium', () => true, EVENT_TIMEOUT_MS)));
  host.close();
  players.forEach((p) => p.stream.close());
}

play()
  .catch((error: unknown) => errors.push(error instanceof Error ? error.message : String(error)))
  .then(() => process.send?.({ type: 'result', result }))
  .finally(() => {
    agents.forEach((a) => a.destroy());
    setTimeout(() => process.exit(0), 100);
  });
