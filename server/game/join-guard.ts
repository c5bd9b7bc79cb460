// Who may try to join, and what a failed join costs. A failed join (unknown code, locked lobby,
// taken or refused nickname, full game) costs the address that sent it, never the game: there is
// no per-code limit that strangers could exhaust to lock real players out.
//
// - attempts per address (any outcome): joinPerIp;
// - failures per address: failedJoinPerIp; once over, that address waits for the window to end;
// - failures everywhere (code guessing from many addresses): failedJoinGlobal; once over, only
//   addresses with no failure in their current window may try, so each further guessing address
//   gets at most one guess per window while players who type their code right still get in.
import { HttpError } from './http-error';
import { retryAfterSeconds, type RateRule, type RateStore } from './rate-limit';

export interface JoinRules {
  joinPerIp: RateRule;
  failedJoinPerIp: RateRule;
  failedJoinGlobal: RateRule;
}

const GLOBAL_KEY = 'join-failed:*';
const attemptsKey = (ip: string) => `join:${ip}`;
const failuresKey = (ip: string) => `join-failed:${ip}`;

export class JoinGuard {
  constructor(
    private readonly store: RateStore,
    private readonly rules: JoinRules,
  ) {}

  /** Throws 429 when this address may not try to join now; counts the attempt otherwise. */
  async admit(ip: string, now: number): Promise<void> {
    const { joinPerIp, failedJoinPerIp, failedJoinGlobal } = this.rules;
    const [failures, everywhere] = await Promise.all([
      this.store.peek(failuresKey(ip), failedJoinPerIp, now),
      this.store.peek(GLOBAL_KEY, failedJoinGlobal, now),
    ]);
    if (failures >= failedJoinPerIp.limit) {
      throw new HttpError(429, 'too many failed join attempts from this address; wait a minute', {
        retryAfter: retryAfterSeconds(failedJoinPerIp),
      });
    }
    if (everywhere >= failedJoinGlobal.limit && failures > 0) {
      throw new HttpError(429, 'too many failed join attempts on this server; check the code and wait a minute', {
        retryAfter: retryAfterSeconds(failedJoinGlobal),
      });
    }
    if ((await this.store.hit(attemptsKey(ip), joinPerIp, now)) > joinPerIp.limit) {
      throw new HttpError(429, 'too many join attempts from this address; wait a minute', { retryAfter: retryAfterSeconds(joinPerIp) });
    }
  }

  /** Charges a refused join to its sender (and to the server-wide count of failures). */
  async failed(ip: string, now: number): Promise<void> {
    await Promise.all([
      this.store.hit(failuresKey(ip), this.rules.failedJoinPerIp, now),
      this.store.hit(GLOBAL_KEY, this.rules.failedJoinGlobal, now),
    ]);
  }
}
