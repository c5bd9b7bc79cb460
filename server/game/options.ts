// Tunables of the live-game service, with the defaults the README documents.
import type { RandomSource } from '@/lib/quiz';

import type { InterfaceSource } from '../net/lan-addresses';

import type { RateRule } from './rate-limit';

export interface GameServiceOptions {
  maxPlayersPerGame: number;
  graceMs: number;
  /** A game is deleted this long after it was created… */
  gameTtlMs: number;
  /** …or this long after it reached the podium, whichever comes first. */
  finishedTtlMs: number;
  joinPerIp: RateRule;
  joinPerCode: RateRule;
  createPerIp: RateRule;
  /** How often expired games are swept from memory and their streams closed. */
  sweepIntervalMs: number;
  /** Timer-driver lease (Redis): a process that stops renewing loses the game's timers after this. */
  driverLeaseMs: number;
  heartbeatMs: number;
  /** Overrides the join URL's origin (e.g. https://quiz.example.org); otherwise this machine's addresses (server/net). */
  publicUrl?: string;
  /** Where those addresses come from: os.networkInterfaces() unless a test passes its own. */
  networkInterfaces?: InterfaceSource;
  now: () => number;
  /** Shuffles questions and options; the CSPRNG unless a test passes a seeded one. */
  random?: RandomSource;
}

export const DEFAULT_GAME_OPTIONS: GameServiceOptions = {
  maxPlayersPerGame: 200,
  graceMs: 250,
  gameTtlMs: 3 * 60 * 60 * 1000,
  finishedTtlMs: 30 * 60 * 1000,
  joinPerIp: { limit: 30, windowMs: 60_000 },
  joinPerCode: { limit: 400, windowMs: 60_000 },
  createPerIp: { limit: 20, windowMs: 60_000 },
  sweepIntervalMs: 30_000,
  driverLeaseMs: 5_000,
  heartbeatMs: 15_000,
  now: () => Date.now(),
};
