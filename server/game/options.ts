// Tunables of the live-game service, with the defaults the README documents (and the
// environment variables that set them: server/config.ts).
import { readFileSync } from 'node:fs';

import type { RandomSource } from '@/lib/quiz';

import type { InterfaceSource } from '../net/lan-addresses';

import type { RateRule } from './rate-limit';
import type { StreamLimits } from './stream-gate';

export interface GameServiceOptions {
  maxPlayersPerGame: number;
  graceMs: number;
  /** A game is deleted this long after it was created… */
  gameTtlMs: number;
  /** …or this long after it reached the podium, whichever comes first… */
  finishedTtlMs: number;
  /** …or this long after it was created while nobody has joined it yet. */
  lobbyTtlMs: number;
  /** Join attempts per address, whatever their outcome. */
  joinPerIp: RateRule;
  /** Refused joins per address (unknown code, locked, taken name, full). */
  failedJoinPerIp: RateRule;
  /** Refused joins on the whole server; past it only addresses with no failure may try. */
  failedJoinGlobal: RateRule;
  createPerIp: RateRule;
  /** The live-game budget: games, and bytes of content (questions plus a reserve per game). */
  maxGames: number;
  maxGameBytes: number;
  /** Create requests whose bodies are being read and parsed at once (each up to 256 KiB). */
  maxConcurrentCreates: number;
  streams: StreamLimits;
  /** How many addresses the in-memory rate limiter remembers (least recently seen go first). */
  rateLimitKeys: number;
  /** An answer waits this long for an unreachable store before the client gets 503. */
  answerHoldMs: number;
  /** After a store outage, the timer waits this long before revealing, so held answers land first. */
  tickSettleMs: number;
  /** Presence changes of one host screen or player go out at most once per this interval. */
  presenceIntervalMs: number;
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

/** The process's soft limit on open files (Linux), or a conservative guess elsewhere. */
export function descriptorLimit(): number {
  try {
    const match = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    if (match?.[1] !== undefined) return Number(match[1]);
  } catch {
    // Not Linux: fall through.
  }
  return 1024;
}

/** Streams may use at most half the descriptors: the rest serve pages, API calls, Redis and files. */
export const defaultStreamTotal = (fds = descriptorLimit()) => Math.max(64, Math.min(4000, Math.floor(fds / 2)));

const minute = (limit: number): RateRule => ({ limit, windowMs: 60_000 });

export const DEFAULT_GAME_OPTIONS: GameServiceOptions = {
  maxPlayersPerGame: 200,
  graceMs: 250,
  gameTtlMs: 3 * 60 * 60 * 1000,
  finishedTtlMs: 30 * 60 * 1000,
  lobbyTtlMs: 10 * 60 * 1000,
  joinPerIp: minute(30),
  failedJoinPerIp: minute(10),
  failedJoinGlobal: minute(300),
  createPerIp: minute(20),
  maxGames: 500,
  maxGameBytes: 64 * 1024 * 1024,
  maxConcurrentCreates: 8,
  streams: { perToken: 2, perIp: 250, total: defaultStreamTotal() },
  rateLimitKeys: 50_000,
  answerHoldMs: 30_000,
  tickSettleMs: 1_000,
  presenceIntervalMs: 1_000,
  sweepIntervalMs: 30_000,
  driverLeaseMs: 5_000,
  heartbeatMs: 15_000,
  now: () => Date.now(),
};
