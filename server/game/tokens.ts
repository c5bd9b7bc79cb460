// Secrets and identifiers: tokens are 256 random bits; only their SHA-256 is ever stored.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const GAME_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newGameId(): string {
  return randomBytes(16).toString('base64url');
}

export function newPlayerId(): string {
  return randomBytes(9).toString('base64url');
}

/** Six digits, leading zeros kept, from the CSPRNG. */
export function newJoinCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
