// Starts a listening server (memory or Redis store) and closes it cleanly on SIGINT/SIGTERM.
import { existsSync } from 'node:fs';

import { buildServer, type HttpLimits } from './app';
import type { GameServiceOptions } from './game/options';
import { RedisStore } from './game/redis-store';

export interface StartOptions {
  port: number;
  host: string;
  outDir: string;
  redisUrl?: string;
  /** Every Redis command fails (503 to the client) after this long; 2000 ms by default. */
  redisTimeoutMs?: number | undefined;
  logger?: boolean;
  game?: Partial<GameServiceOptions>;
  http?: Partial<HttpLimits>;
}

export async function startServer(opts: StartOptions): Promise<{ url: string; close: () => Promise<void> }> {
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got ${opts.port}`);
  }
  if (!existsSync(opts.outDir)) console.warn(`warning: ${opts.outDir} does not exist; run \`npm run build\` first`);
  const store = opts.redisUrl === undefined ? undefined : new RedisStore(opts.redisUrl, opts.redisTimeoutMs);
  await store?.ready();
  const app = await buildServer({
    outDir: opts.outDir,
    logger: opts.logger ?? true,
    game: opts.game,
    http: opts.http,
    ...(store ? { store } : {}),
  });
  app.addHook('onClose', async () => {
    await store?.close();
  });
  const url = await app.listen({ port: opts.port, host: opts.host });
  // Without a logger Fastify announces nothing; scripts (and people) still need the address.
  if (opts.logger === false) console.log(`Server listening at ${url}`);
  const close = async () => {
    await app.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  return { url, close };
}
