// Builds the Fastify server: the static export, security headers, and the live-game API.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

import { registerStatic } from './static/static-plugin';
import { headersForFile, loadHeadersByFile } from './static/security-headers';

export interface ServerOptions {
  outDir: string;
  logger?: boolean;
}

export const API_PREFIX = '/api/';

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const headersByFile = loadHeadersByFile(opts.outDir);
  const defaults = headersForFile(headersByFile, undefined);
  const app = Fastify({
    logger: opts.logger ?? false,
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
    reply.code(status).send({ error: status >= 500 ? 'internal error' : error.message });
  });

  await registerStatic(app, { outDir: opts.outDir, headersByFile, apiPrefix: API_PREFIX });
  return app;
}
