// Moves games on by themselves: preview → answering → reveal when their deadlines pass.
// Exactly one process drives a game: the holder of its lease in the store (always us in memory).
import type { QuizEventType } from '@/lib/quiz';

import type { GameService } from './game-service';
import type { StoredEvent } from './store';

const PHASE_EVENTS = new Set<QuizEventType>(['game-started', 'question-preview', 'question-open', 'reveal', 'question-skipped', 'leaderboard', 'podium']);

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
    const record = await this.service.store.get(gameId).catch(() => undefined);
    if (this.games.get(gameId) !== entry) return;
    clearTimeout(entry.timer);
    entry.timer = undefined;
    const deadline = record?.quiz.deadline ?? null;
    if (deadline === null) return;
    const delay = Math.max(0, deadline - this.service.options.now());
    entry.timer = setTimeout(() => void this.tick(gameId), delay);
    entry.timer.unref();
  }

  private async tick(gameId: string): Promise<void> {
    try {
      await this.service.apply(gameId, { type: 'tick' });
    } catch {
      // The game ended or vanished in the meantime; schedule() below finds no deadline.
    }
    await this.schedule(gameId);
  }
}
