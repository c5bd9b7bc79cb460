// Wires the live-game parts into the Fastify app: limits, service, timer driver, SSE hub, sweeper.
import { randomBytes } from 'node:crypto';

import type { FastifyInstance } from 'fastify';

import { MemoryBudget, type GameBudget } from './budget';
import { GameDriver } from './game-driver';
import { GameService } from './game-service';
import { DEFAULT_GAME_OPTIONS, type GameServiceOptions } from './options';
import { PresenceCoalescer } from './presence';
import { MemoryRateStore, type RateStore } from './rate-limit';
import { RedisBudget } from './redis-budget';
import { RedisRateStore } from './redis-rate-store';
import { RedisStore } from './redis-store';
import { registerGameRoutes } from './routes';
import { SseHub } from './sse-hub';
import type { GameStore } from './store';
import { StreamGate } from './stream-gate';

export interface GamePluginOptions {
  store: GameStore;
  /** Close the store with the app (when the app created it). */
  ownsStore: boolean;
  options?: Partial<GameServiceOptions>;
}

/** With Redis, limits and the budget live there too, so that every process counts against them. */
function sharedLimits(store: GameStore, options: GameServiceOptions): { rates: RateStore; budget: GameBudget } {
  const limits = { maxGames: options.maxGames, maxBytes: options.maxGameBytes };
  if (store instanceof RedisStore) return { rates: new RedisRateStore(store.client), budget: new RedisBudget(store.client, limits) };
  return { rates: new MemoryRateStore(options.rateLimitKeys), budget: new MemoryBudget(limits) };
}

export function registerGames(app: FastifyInstance, plugin: GamePluginOptions): GameService {
  const options: GameServiceOptions = { ...DEFAULT_GAME_OPTIONS, ...plugin.options };
  const limits = sharedLimits(plugin.store, options);
  const service = new GameService(plugin.store, options, limits);
  const driver = new GameDriver(service, randomBytes(12).toString('base64url'));
  const presence = new PresenceCoalescer(async (gameId, audience, connected) => {
    const command =
      audience.role === 'host'
        ? ({ type: 'host-connection', connected } as const)
        : ({ type: 'connection', playerId: audience.playerId, connected } as const);
    await service.apply(gameId, command);
  }, options.presenceIntervalMs);
  const hub = new SseHub(plugin.store, (gameId, audience, connected) => presence.report(gameId, audience, connected), options.heartbeatMs);
  const gate = new StreamGate(options.streams);

  const sweep = async () => {
    const now = options.now();
    for (const gameId of await plugin.store.expired(now)) {
      await plugin.store.delete(gameId);
      await limits.budget.release(gameId);
    }
    const local = new Set([...hub.gameIds(), ...driver.tracked()]);
    for (const gameId of local) {
      if (await plugin.store.exists(gameId)) continue;
      hub.closeGame(gameId);
      driver.untrack(gameId);
    }
  };
  const sweeper = setInterval(
    () => void sweep().catch((error: unknown) => app.log.warn({ error }, 'game sweep failed')),
    options.sweepIntervalMs,
  );
  sweeper.unref();

  registerGameRoutes(app, { service, hub, driver, gate });

  app.addHook('preClose', async () => {
    clearInterval(sweeper);
    driver.stop();
    presence.stop();
    hub.closeAll();
  });
  app.addHook('onClose', async () => {
    if (plugin.ownsStore) await plugin.store.close();
  });
  return service;
}
