// Moves games on by themselves: preview → answering → reveal when their deadlines pass.
// Exactly one process drives a game: the holder of its lease in the store (always us in memory).
import type { QuizEventType } from '@/lib/quiz';

import type { GameService } from './game-service';
import { isStoreUnavailable } from './store-errors';
import type { StoredEvent } from './store';

/** While the store is unreachable, how often a game's timer asks whether it is back. */
const OUTAGE_PROBE_MS = 250;

const PHASE_EVENTS = new Set<QuizEventType>([
  'game-started',
  'question-preview',
  'question-open',
  'reveal',
  'question-skipped',
  'leaderboard',
  'podium',
]);

interface Driven {
  unsubscribe: () => void;
  timer?: NodeJS.Timeout;
  driving: boolean;
}

export class GameDriver {
  private games = new Map<string, Driven>();
  private leaseTimer: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly service: GameService,
    private readonly processId: string,
  ) {
    this.leaseTimer = setInterval(() => void this.renewLeases(), Math.max(50, service.options.driverLeaseMs / 3));
    this.leaseTimer.unref();
  }

  /** Starts watching a game this process created or serves streams for. */
  async track(gameId: string): Promise<void> {
    if (this.games.has(gameId) || this.stopped) return;
    const entry: Driven = { unsubscribe: () => undefined, driving: false };
    this.games.set(gameId, entry);
    entry.unsubscribe = await this.service.store.subscribe(gameId, (events) => this.onEvents(gameId, events));
    await this.renew(gameId, entry);
  }

  untrack(gameId: string): void {
    const entry = this.games.get(gameId);
    if (entry === undefined) return;
    clearTimeout(entry.timer);
    entry.unsubscribe();
    this.games.delete(gameId);
  }

  tracked(): string[] {
    return [...this.games.keys()];
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.leaseTimer);
    for (const id of [...this.games.keys()]) this.untrack(id);
  }

  private onEvents(gameId: string, events: StoredEvent[]): void {
    if (events.some((e) => PHASE_EVENTS.has(e.event.type))) void this.schedule(gameId);
  }

  private async renewLeases(): Promise<void> {
    await Promise.all([...this.games.entries()].map(([id, entry]) => this.renew(id, entry)));
  }

  private async renew(gameId: string, entry: Driven): Promise<void> {
    const { store, options } = this.service;
    try {
      const driving = await store.acquireDriver(gameId, this.processId, options.driverLeaseMs);
      const gained = driving && !entry.driving;
      entry.driving = driving;
      if (!driving) clearTimeout(entry.timer);
      if (gained) await this.schedule(gameId);
    } catch {
      // The store is unreachable: keep the current role and try again at the next renewal.
    }
  }

  private async schedule(gameId: string): Promise<void> {
    const entry = this.games.get(gameId);
    if (entry === undefined || !entry.driving) return;
    let deadline: number | null;
    try {
      deadline = (await this.service.store.get(gameId))?.quiz.deadline ?? null;
    } catch (error) {
      if (isStoreUnavailable(error)) this.afterOutage(gameId);
      return;
    }
    if (this.games.get(gameId) !== entry) return;
    clearTimeout(entry.timer);
    entry.timer = undefined;
    if (deadline === null) return;
    const delay = Math.max(0, deadline - this.service.options.now());
    entry.timer = setTimeout(() => void this.tick(gameId), delay);
    entry.timer.unref();
  }

  private async tick(gameId: string): Promise<void> {
    try {
      await this.service.apply(gameId, { type: 'tick' });
    } catch (error) {
      if (isStoreUnavailable(error)) return this.afterOutage(gameId);
      // Otherwise the game ended or vanished in the meantime; schedule() below finds no deadline.
    }
    await this.schedule(gameId);
  }

  /**
   * The store did not answer: ask again every OUTAGE_PROBE_MS and, once it answers, wait
   * tickSettleMs before the next tick. Answers that arrived before the deadline are being held and
   * retried meanwhile (GameService.answer), on this process and others; the pause lets them land
   * before a reveal closes the question.
   */
  private afterOutage(gameId: string): void {
    const entry = this.games.get(gameId);
    if (entry === undefined || this.stopped) return;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      void this.service.store.exists(gameId).then(
        () => {
          if (this.games.get(gameId) !== entry) return;
          entry.timer = setTimeout(() => void this.schedule(gameId), this.service.options.tickSettleMs);
          entry.timer.unref();
        },
        () => this.afterOutage(gameId),
      );
    }, OUTAGE_PROBE_MS);
    entry.timer.unref();
  }
}
