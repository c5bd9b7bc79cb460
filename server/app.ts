// Builds the Fastify server: the static export, security headers, and the live-game API.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

import { registerGames } from './game/game-plugin';
import { HttpError } from './game/http-error';
import { MemoryStore } from './game/memory-store';
import { descriptorLimit, type GameServiceOptions } from './game/options';
import { isStoreUnavailable } from './game/store-errors';
import type { GameStore } from './game/store';
import { registerStatic } from './static/static-plugin';
import { headersForFile, loadHeadersByFile } from './static/security-headers';

export interface ServerOptions {
  outDir: string;
  /** Where live games live; memory when absent. A passed-in store is not closed with the app. */
  store?: GameStore;
  logger?: boolean;
  game?: Partial<GameServiceOptions>;
  http?: Partial<HttpLimits>;
}

/** Socket-level limits (Fastify's production advice: never run without timeouts). */
export interface HttpLimits {
  /** The whole request (headers and body) must arrive within this; a trickled body is cut (408). */
  requestTimeoutMs: number;
  /** The headers must arrive within this. */
  headersTimeoutMs: number;
  /** A socket with no traffic either way for this long is closed (streams ping every 15 s). */
  connectionTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** How often Node checks the two request timeouts above. */
  timeoutCheckMs: number;
  /** Open sockets in all; past it Node drops new connections at once. Below the descriptor limit. */
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 15_000,
  connectionTimeoutMs: 60_000,
  keepAliveTimeoutMs: 72_000,
  timeoutCheckMs: 2_000,
  maxConnections: Math.max(256, Math.floor(descriptorLimit() * 0.8)),
};

export const API_PREFIX = '/api/';

/** Stream URLs carry tokens in the query string: never log it. */
function requestForLog(request: FastifyRequest) {
  return { method: request.method, url: request.url.split('?')[0], remoteAddress: request.ip };
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const headersByFile = loadHeadersByFile(opts.outDir);
  const defaults = headersForFile(headersByFile, undefined);
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS, ...opts.http };
  const app = Fastify({
    logger: opts.logger ? { level: process.env.LOG_LEVEL ?? 'info', serializers: { req: requestForLog } } : false,
    trustProxy: false,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node swaps the two when headersTimeout > requestTimeout (the body would get the longer one).
    http: {
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      connectionsCheckingInterval: limits.timeoutCheckMs,
    },
    // Malformed URLs and bodies are rejected before any hook runs; answer them the same way.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      reply.headers(defaults).code(400).send({ error: error.message });
    },
  });

  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(defaults);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isStoreUnavailable(error)) {
      request.log.warn({ cause: String(error.cause) }, 'game store unreachable');
      return reply.code(503).header('Retry-After', String(error.retryAfterSeconds)).send({ error: error.message });
    }
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    // Our own refusals (HttpError, including 503 "full") say why; anything else 5xx is a bug.
    const ours = error instanceof HttpError;
    if (ours && error.retryAfter !== undefined) reply.header('Retry-After', String(error.retryAfter));
    if (status >= 500 && (!ours || status === 500)) request.log.error(error);
    const code = status < 500 && ours ? error.code : undefined;
    reply.code(status).send({ error: status >= 500 && !ours ? 'internal error' : error.message, ...(code ? { code } : {}) });
  });

  registerGames(app, { store: opts.store ?? new MemoryStore(), ownsStore: opts.store === undefined, options: opts.game });
  await registerStatic(app, { outDir: opts.outDir, headersByFile, apiPrefix: API_PREFIX });
  app.server.maxConnections = limits.maxConnections;
  return app;
}
