// The live-game HTTP API: JSON POSTs validated by zod, and SSE streams for hosts and players.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

import { joinUrlFor } from '@/lib/quiz/join-links';

import { requestJoinLinks, requestJoinOrigin } from '../net/request-join-origins';
import type { GameDriver } from './game-driver';
import type { GameService } from './game-service';
import { HttpError } from './http-error';
import { codeJoinRefusal } from './join-refusals';
import { joinQrSvg } from './qr';
import { answerSchema, createGameSchema, firstIssue, hostCommandSchema, joinSchema, LIMITS, rejoinSchema } from './schemas';
import type { Audience, SseHub } from './sse-hub';
import { GAME_ID_PATTERN } from './tokens';

export interface GameRoutesDeps {
  service: GameService;
  hub: SseHub;
  driver: GameDriver;
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

/** Bearer header for POSTs; EventSource cannot set headers, so streams also take ?token=. */
function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const query = request.query as Record<string, unknown>;
  return typeof query.token === 'string' ? query.token : undefined;
}

function lastEventIdOf(request: FastifyRequest): number | undefined {
  const query = request.query as Record<string, unknown>;
  const raw = request.headers['last-event-id'] ?? query.lastEventId;
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (typeof text !== 'string' || !/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}

async function openStream(deps: GameRoutesDeps, request: FastifyRequest, reply: FastifyReply, gameId: string, audience: Audience) {
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

  app.post('/api/games', { bodyLimit: LIMITS.createBodyBytes }, async (request, reply) => {
    const body = parse(createSchema, request.body);
    const created = await service.createGame(body, request.ip);
    await deps.driver.track(created.gameId);
    const url = joinUrlFor(requestJoinOrigin(request, service.options), created.code);
    reply.code(201);
    return { ...created, joinUrl: url, qrSvg: await joinQrSvg(url) };
  });

  app.get('/api/games/:gameId/qr.svg', async (request, reply) => {
    const record = await service.store.get(gameIdOf(request));
    if (record === undefined) throw new HttpError(404, 'no such game');
    const url = joinUrlFor(requestJoinOrigin(request, service.options), record.code);
    reply.type('image/svg+xml').header('Cache-Control', 'no-cache');
    return joinQrSvg(url);
  });

  // The addresses phones may join at, for the host's screen to offer (server/net/join-origins.ts).
  app.get('/api/games/:gameId/join-links', async (request) => {
    await service.authenticateHost(gameIdOf(request), tokenOf(request));
    return requestJoinLinks(request, service.options);
  });

  app.post('/api/games/:gameId/host', small, async (request) => {
    const record = await service.hostCommand(gameIdOf(request), tokenOf(request), parse(hostCommandSchema, request.body));
    return { ok: true, phase: record.quiz.phase, index: record.quiz.index, locked: record.quiz.locked };
  });

  // A HEAD request must not open a stream (and count as a connected host or player).
  const noHead = { exposeHeadRoute: false };

  app.get('/api/games/:gameId/host/events', noHead, async (request, reply) => {
    const gameId = gameIdOf(request);
    await service.authenticateHost(gameId, tokenOf(request));
    await openStream(deps, request, reply, gameId, { role: 'host' });
  });

  app.get('/api/games/:gameId/report', async (request) => service.report(gameIdOf(request), tokenOf(request)));

  app.post('/api/join', small, async (request, reply) => {
    const body = parse(joinSchema, request.body, 'invalid_request');
    const session = await service.join(body.code, body.nickname, request.ip).catch(codeJoinRefusal);
    reply.code(201);
    return session;
  });

  app.post('/api/rejoin', small, async (request) => service.rejoin(parse(rejoinSchema, request.body).token));

  app.get('/api/games/:gameId/events', noHead, async (request, reply) => {
    const gameId = gameIdOf(request);
    const session = await service.rejoin(tokenOf(request) ?? '');
    if (session.gameId !== gameId) throw new HttpError(401, 'bad player token');
    await openStream(deps, request, reply, gameId, { role: 'player', playerId: session.playerId });
  });

  app.post('/api/games/:gameId/answer', small, async (request) => {
    const body = parse(answerSchema, request.body);
    return service.answer(gameIdOf(request), tokenOf(request), body.index, body.option);
  });

  app.post('/api/games/:gameId/leave', small, async (request) => {
    await service.leave(gameIdOf(request), tokenOf(request));
    return { ok: true };
  });
}
