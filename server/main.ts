// Entry point: `tsx server/main.ts`. PORT (default 3000), HOST (default 0.0.0.0), OUT_DIR, REDIS_URL.
import path from 'node:path';

import { startServer } from './start-server';

startServer({
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '0.0.0.0',
  outDir: path.resolve(process.env.OUT_DIR ?? path.join(__dirname, '..', 'out')),
  redisUrl: process.env.REDIS_URL || undefined,
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
