// The live-game HTTP API: JSON POSTs validated by zod, and SSE streams for hosts and players.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

import { challengeUrlFor, joinUrlFor, type JoinLinks } from '@/lib/quiz/join-links';
import {
  ROUTES,
  type AnswerAccepted,
  type ChallengeAnswered,
  type ChallengeCreated,
  type ChallengeProgressView,
  type ChallengeQuestionView,
  type GameCreated,
  type GameJoined,
  type GameReport,
  type HostCommandDone,
  type LeftGame,
  type PlayerMissesReply,
  type PlayerSession,
} from '@/lib/quiz/protocol';

import { requestJoinLinks, requestJoinOrigin } from '../net/request-join-origins';
import type { GameDriver } from './game-driver';
import type { GameService } from './game-service';
import { HttpError } from './http-error';
import { codeJoinRefusal } from './join-refusals';
import { joinQrSvg } from './qr';
import {
  answerSchema,
  createChallengeSchema,
  createGameSchema,
  firstIssue,
  hostCommandSchema,
  joinSchema,
  LIMITS,
  rejoinSchema,
} from '@/lib/quiz/requests';
import { sseFrame, type Audience, type SseHub } from './sse-hub';
import type { StreamGate } from './stream-gate';
import { GAME_ID_PATTERN } from './tokens';

export interface GameRoutesDeps {
  service: GameService;
  hub: SseHub;
  driver: GameDriver;
  gate: StreamGate;
}

type GameParams = { gameId: string };

function parse<S extends z.ZodType>(schema: S, body: unknown, code?: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const error = new HttpError(400, firstIssue(result.error));
  error.code = code;
  throw error;
}

function gameIdOf(request: FastifyRequest): string {
  const { gameId } = request.params as GameParams;
  if (!GAME_ID_PATTERN.test(gameId)) throw new HttpError(404, 'no such game');
  return gameId;
}

/** The bearer token of the Authorization header: the only place a POST or the report takes it. */
function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/** EventSource cannot set headers, so event streams (GET only) also take ?token=. */
function streamTokenOf(request: FastifyRequest): string | undefined {
  const query = request.query as Record<string, unknown>;
  return tokenOf(request) ?? (typeof query.token === 'string' ? query.token : undefined);
}

function lastEventIdOf(request: FastifyRequest): number | undefined {
  const query = request.query as Record<string, unknown>;
  const raw = request.headers['last-event-id'] ?? query.lastEventId;
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (typeof text !== 'string' || !/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}

/**
 * Claims a stream slot (stream-gate.ts: a new stream of the same token replaces its oldest; on a
 * full server it may take the place of a flooding address's oldest; past the caps it is refused with
 * a JSON 429 or 503), then hands the socket to the SSE hub.
 */
async function openStream(deps: GameRoutesDeps, request: FastifyRequest, reply: FastifyReply, gameId: string, audience: Audience) {
  const owner = audience.role === 'host' ? `host:${gameId}` : `player:${audience.playerId}`;
  const ticket = deps.gate.claim(owner, request.ip, (reason) => {
    if (reply.raw.writableEnded) return;
    // Replaced by a newer stream of the same token: say so, so the client stops reconnecting. An
    // evicted stream just ends: its client retries later, and is refused while its address holds the most.
    reply.raw.end(reason === 'replaced' ? sseFrame({ name: 'replaced', data: {} }) : undefined);
  });
  reply.raw.once('close', () => ticket.release());
  reply.hijack();
  const headers = { ...reply.getHeaders() } as Record<string, string>;
  reply.raw.writeHead(200, {
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  reply.raw.socket?.setNoDelay(true);
  try {
    await deps.driver.track(gameId);
    await deps.hub.open(gameId, audience, reply.raw, lastEventIdOf(request));
  } catch (error) {
    // Headers are out: the only way left to report a failure is to end the stream.
    request.log.error(error);
    reply.raw.end();
  }
}

export function registerGameRoutes(app: FastifyInstance, deps: GameRoutesDeps): void {
  const { service } = deps;
  const small = { bodyLimit: LIMITS.smallBodyBytes };
  const createSchema = createGameSchema(service.options.maxPlayersPerGame);
  const challengeSchema = createChallengeSchema(service.options.maxPlayersPerGame);

  // Before a create request's body is read: at most maxConcurrentCreates bodies in memory at
  // once, the address's create rate, and room in the game budget. A flood is refused unread.
  let creating = 0;
  const admitCreate = async (request: FastifyRequest, reply: FastifyReply) => {
    if (creating >= service.options.maxConcurrentCreates)
      throw new HttpError(503, 'the server is busy creating games; try again in a moment', { retryAfter: 1 });
    creating++;
    reply.raw.once('close', () => creating--);
    const length = Number(request.headers['content-length']);
    await service.admitCreate(request.ip, Number.isFinite(length) ? length : undefined);
  };

  app.post(
    ROUTES.createGame,
    { bodyLimit: LIMITS.createBodyBytes, onRequest: admitCreate },
    async (request, reply): Promise<GameCreated> => {
      const body = parse(createSchema, request.body);
      const created = await service.createGame(body);
      await deps.driver.track(created.gameId);
      const url = joinUrlFor(requestJoinOrigin(request, service.options), created.code);
      reply.code(201);
      return { ...created, joinUrl: url, qrSvg: await joinQrSvg(url) };
    },
  );

  // A challenge: the same admission as a game; its link opens the self-paced player screen.
  app.post(
    ROUTES.createChallenge,
    { bodyLimit: LIMITS.createBodyBytes, onRequest: admitCreate },
    async (request, reply): Promise<ChallengeCreated> => {
      const { deadline, ...body } = parse(challengeSchema, request.body);
      const created = await service.createChallenge(body, deadline);
      const url = challengeUrlFor(requestJoinOrigin(request, service.options), created.code);
      reply.code(201);
      return { ...created, deadline, joinUrl: url, qrSvg: await joinQrSvg(url) };
    },
  );

  app.get(ROUTES.qrCode, async (request, reply) => {
    const record = await service.store.get(gameIdOf(request));
    if (record === undefined) throw new HttpError(404, 'no such game');
    const origin = requestJoinOrigin(request, service.options);
    const url = record.quiz.challenge === undefined ? joinUrlFor(origin, record.code) : challengeUrlFor(origin, record.code);
    reply.type('image/svg+xml').header('Cache-Control', 'no-cache');
    return joinQrSvg(url);
  });

  // The addresses phones may join at, for the host's screen to offer (server/net/join-origins.ts).
  app.get(ROUTES.joinLinks, async (request): Promise<JoinLinks> => {
    await service.authenticateHost(gameIdOf(request), tokenOf(request));
    return requestJoinLinks(request, service.options);
  });

  app.post(ROUTES.hostCommand, small, async (request): Promise<HostCommandDone> => {
    const record = await service.hostCommand(gameIdOf(request), tokenOf(request), parse(hostCommandSchema, request.body));
    return { ok: true, phase: record.quiz.phase, index: record.quiz.index, locked: record.quiz.locked };
  });

  // A HEAD request must not open a stream (and count as a connected host or player).
  const noHead = { exposeHeadRoute: false };

  app.get(ROUTES.hostEvents, noHead, async (request, reply) => {
    const gameId = gameIdOf(request);
    await service.authenticateHost(gameId, streamTokenOf(request));
    await openStream(deps, request, reply, gameId, { role: 'host' });
  });

  app.get(ROUTES.report, async (request): Promise<GameReport> => service.report(gameIdOf(request), tokenOf(request)));

  app.post(ROUTES.join, small, async (request, reply): Promise<GameJoined> => {
    const body = parse(joinSchema, request.body, 'invalid_request');
    const session = await service.join(body.code, body.nickname, request.ip, body.deviceId).catch(codeJoinRefusal);
    reply.code(201);
    return session;
  });

  // The token goes in the Authorization header; a body `{ token }` is still accepted.
  app.post(ROUTES.rejoin, small, async (request): Promise<PlayerSession> =>
    service.rejoin(tokenOf(request) ?? parse(rejoinSchema, request.body ?? {}).token),
  );

  app.get(ROUTES.playerEvents, noHead, async (request, reply) => {
    const gameId = gameIdOf(request);
    const session = await service.rejoin(streamTokenOf(request));
    if (session.gameId !== gameId) throw new HttpError(401, 'bad player token');
    await openStream(deps, request, reply, gameId, { role: 'player', playerId: session.playerId });
  });

  app.post(ROUTES.answer, small, async (request): Promise<AnswerAccepted> => {
    // The answer's time is when it reached this server, whatever happens to the store after.
    const receivedAt = service.options.now();
    const body = parse(answerSchema, request.body);
    return service.answer(gameIdOf(request), tokenOf(request), body, receivedAt);
  });

  app.get(ROUTES.challengeProgress, async (request): Promise<ChallengeProgressView> =>
    service.challengeProgress(gameIdOf(request), tokenOf(request)),
  );

  app.get(ROUTES.challengeQuestion, async (request): Promise<ChallengeQuestionView> => {
    const { index } = request.params as { index: string };
    if (!/^\d{1,4}$/.test(index)) throw new HttpError(404, 'no such question');
    return service.challengeQuestion(gameIdOf(request), tokenOf(request), Number(index));
  });

  app.post(ROUTES.challengeAnswer, small, async (request): Promise<ChallengeAnswered> => {
    const receivedAt = service.options.now();
    const body = parse(answerSchema, request.body);
    return service.challengeAnswer(gameIdOf(request), tokenOf(request), body, receivedAt);
  });

  // A player's own misses, by their token (Authorization header only): the podium's "add to my study".
  app.get(ROUTES.misses, async (request): Promise<PlayerMissesReply> => service.misses(gameIdOf(request), tokenOf(request)));

  app.post(ROUTES.leave, small, async (request): Promise<LeftGame> => {
    await service.leave(gameIdOf(request), tokenOf(request));
    return { ok: true };
  });
}
