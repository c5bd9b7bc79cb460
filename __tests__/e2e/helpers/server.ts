// Serves the built export (out/) with the project's own server on a free loopback port.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { buildServer, type ServerOptions } from '@/server/app';

export const OUT_DIR = join(__dirname, '..', '..', '..', 'out');

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function startServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const outDir = options.outDir ?? OUT_DIR;
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`No build in ${outDir}: run "npm run build" first (npm run test:e2e does).`);
  }
  const app = await buildServer({ ...options, outDir });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: address.replace('0.0.0.0', '127.0.0.1'), close: () => app.close() };
}
