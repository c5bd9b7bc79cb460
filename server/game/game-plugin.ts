// Wires the live-game parts into the Fastify app: service, timer driver, SSE hub, sweeper.
import { randomBytes } from 'node:crypto';

import type { FastifyInstance } from 'fastify';

import { GameDriver } from './game-driver';
import { GameService } from './game-service';
import { DEFAULT_GAME_OPTIONS, type GameServiceOptions } from './options';
import { registerGameRoutes } from './routes';
import { SseHub } from './sse-hub';
import type { GameStore } from './store';

export interface GamePluginOptions {
  store: GameStore;
  /** Close the store with the app (when the app created it). */
  ownsStore: boolean;
  options?: Partial<GameServiceOptions>;
}

export function registerGames(app: FastifyInstance, plugin: GamePluginOptions): GameService {
  const options: GameServiceOptions = { ...DEFAULT_GAME_OPTIONS, ...plugin.options };
  const service = new GameService(plugin.store, options);
  const driver = new GameDriver(service, randomBytes(12).toString('base64url'));
  const hub = new SseHub(
    plugin.store,
    (gameId, audience, connected) => {
      const command =
        audience.role === 'host'
          ? ({ type: 'host-connection', connected } as const)
          : ({ type: 'connection', playerId: audience.playerId, connected } as const);
      service.apply(gameId, command).catch(() => undefined);
    },
    options.heartbeatMs,
  );

  const sweep = async () => {
    const now = options.now();
    for (const gameId of await plugin.store.expired(now)) await plugin.store.delete(gameId);
    const local = new Set([...hub.gameIds(), ...driver.tracked()]);
    for (const gameId of local) {
      if (await plugin.store.exists(gameId)) continue;
      hub.closeGame(gameId);
      driver.untrack(gameId);
    }
  };
  const sweeper = setInterval(() => void sweep().catch((error: unknown) => app.log.warn({ error }, 'game sweep failed')), options.sweepIntervalMs);
  sweeper.unref();

  registerGameRoutes(app, { service, hub, driver });

  app.addHook('preClose', async () => {
    clearInterval(sweeper);
    driver.stop();
    hub.closeAll();
  });
  app.addHook('onClose', async () => {
    if (plugin.ownsStore) await plugin.store.close();
  });
  return service;
}
