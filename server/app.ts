// Builds the Fastify server: the static export, security headers, and the live-game API.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

import { registerGames } from './game/game-plugin';
import { HttpError } from './game/http-error';
import { MemoryStore } from './game/memory-store';
import type { GameServiceOptions } from './game/options';
import type { GameStore } from './game/store';
import { registerStatic } from './static/static-plugin';
import { headersForFile, loadHeadersByFile } from './static/security-headers';

export interface ServerOptions {
  outDir: string;
  /** Where live games live; memory when absent. A passed-in store is not closed with the app. */
  store?: GameStore;
  logger?: boolean;
  game?: Partial<GameServiceOptions>;
}

export const API_PREFIX = '/api/';

/** Stream URLs carry tokens in the query string: never log it. */
function requestForLog(request: FastifyRequest) {
  return { method: request.method, url: request.url.split('?')[0], remoteAddress: request.ip };
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const headersByFile = loadHeadersByFile(opts.outDir);
  const defaults = headersForFile(headersByFile, undefined);
  const app = Fastify({
    logger: opts.logger ? { level: process.env.LOG_LEVEL ?? 'info', serializers: { req: requestForLog } } : false,
    trustProxy: false,
    // Malformed URLs and bodies are rejected before any hook runs; answer them the same way.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      reply.headers(defaults).code(400).send({ error: error.message });
    },
  });

  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(defaults);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error(error);
    const code = status < 500 && error instanceof HttpError ? error.code : undefined;
    reply.code(status).send({ error: status >= 500 ? 'internal error' : error.message, ...(code ? { code } : {}) });
  });

  registerGames(app, { store: opts.store ?? new MemoryStore(), ownsStore: opts.store === undefined, options: opts.game });
  await registerStatic(app, { outDir: opts.outDir, headersByFile, apiPrefix: API_PREFIX });
  return app;
}
