// Serves the Next.js static export (out/) with clean URLs, cache policy and per-file headers.
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

import { cacheControlFor } from './cache-policy';
import { resolveStaticFile } from './resolve-file';
import { headersForFile, type HeadersByFile } from './security-headers';

export interface StaticOptions {
  outDir: string;
  headersByFile: HeadersByFile;
  /** Paths under this prefix are API routes: their 404s are JSON, never the HTML page. */
  apiPrefix: string;
}

function sendStatic(reply: FastifyReply, file: string, byFile: HeadersByFile): FastifyReply {
  reply.headers(headersForFile(byFile, file));
  reply.header('Cache-Control', cacheControlFor(file));
  return reply.sendFile(file.slice(1));
}

export async function registerStatic(app: FastifyInstance, opts: StaticOptions): Promise<void> {
  // Pages, RSC payloads and the deck bundle are compressed per response (Brotli or gzip, as the browser
  // accepts); hashed assets already have their .br / .gz copies from the build, sent as they are.
  // No request-body inflation: static routes take no bodies (the API, registered earlier, is unaffected).
  await app.register(fastifyCompress, { threshold: 1024, globalDecompression: false });
  await app.register(fastifyStatic, {
    root: opts.outDir,
    serve: false,
    cacheControl: false,
    dotfiles: 'ignore',
    index: false,
    // Sends the build's .br / .gz copy of a hashed asset when the browser accepts it (scripts/compress-assets.ts).
    preCompressed: true,
  });

  app.get('/*', (request, reply) => {
    const urlPath = request.url.split('?')[0] ?? '/';
    const file = resolveStaticFile(opts.outDir, urlPath);
    if (file === undefined) return reply.callNotFound();
    return sendStatic(reply, file, opts.headersByFile);
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith(opts.apiPrefix) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return reply.code(404).send({ error: 'not found' });
    }
    const page = resolveStaticFile(opts.outDir, '/404.html');
    if (page === undefined) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    reply.code(404);
    return sendStatic(reply, page, opts.headersByFile);
  });
}
