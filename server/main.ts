// Entry point: `tsx server/main.ts`. Environment variables are listed in server/README.md.
import path from 'node:path';

import type { GameServiceOptions } from './game/options';
import { startServer } from './start-server';

function perMinute(name: string): { limit: number; windowMs: number } | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`${name} must be a positive integer`);
  return { limit, windowMs: 60_000 };
}

const joinPerIp = perMinute('QUIZ_JOIN_PER_IP_PER_MINUTE');
const joinPerCode = perMinute('QUIZ_JOIN_PER_CODE_PER_MINUTE');
const game: Partial<GameServiceOptions> = {
  ...(joinPerIp ? { joinPerIp } : {}),
  ...(joinPerCode ? { joinPerCode } : {}),
  ...(process.env.PUBLIC_URL ? { publicUrl: process.env.PUBLIC_URL } : {}),
};

startServer({
  port: Number(process.env.PORT || 3000),
  host: process.env.HOST || '0.0.0.0',
  outDir: path.resolve(process.env.OUT_DIR || path.join(__dirname, '..', 'out')),
  redisUrl: process.env.REDIS_URL || undefined,
  logger: process.env.LOG_LEVEL !== 'silent',
  game,
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
