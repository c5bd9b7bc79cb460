// Entry point: `tsx server/main.ts`. Environment variables are listed in server/README.md.
import path from 'node:path';

import { configFromEnv } from './config';
import { startServer } from './start-server';

const config = configFromEnv();
for (const warning of config.warnings) console.warn(`warning: ${warning}`);

startServer({
  port: Number(process.env.PORT || 3000),
  host: process.env.HOST || '0.0.0.0',
  outDir: path.resolve(process.env.OUT_DIR || path.join(__dirname, '..', 'out')),
  redisUrl: process.env.REDIS_URL || undefined,
  redisTimeoutMs: config.redisTimeoutMs,
  logger: process.env.LOG_LEVEL !== 'silent',
  game: config.game,
  http: config.http,
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
