// How phones reach a live game, as GET /api/games/:gameId/join-links tells the host's screen: the
// origins a join URL may start with (the first is the default and the QR code's), whether the host
// opened the app at a loopback address phones cannot reach, and where the list came from.
import { z } from '@/lib/decks/zod';

export const JOIN_LINK_SOURCES = ['public-url', 'host', 'lan', 'none'] as const;

export const joinLinksSchema = z.object({
  origins: z
    .array(z.url({ protocol: /^https?$/ }).max(300))
    .min(1)
    .max(64),
  hostOnLoopback: z.boolean(),
  /** public-url: PUBLIC_URL; host: the address the host used, then the others; lan: this machine's addresses; none: no address but loopback. */
  source: z.enum(JOIN_LINK_SOURCES),
});

export type JoinLinks = z.output<typeof joinLinksSchema>;

export const joinUrlFor = (origin: string, code: string) => `${origin}/play?code=${code}`;

/** A challenge's link: the self-paced player screen, which joins with the code. */
export const challengeUrlFor = (origin: string, code: string) => `${origin}/play/challenge?code=${code}`;
