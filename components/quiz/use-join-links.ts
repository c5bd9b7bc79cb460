'use client';
// The join addresses the server offers this game's host (GET /api/games/:gameId/join-links),
// checked against the shared schema. The schema (and zod with it) loads only once a lobby shows.
import { useEffect, useState } from 'react';

import type { JoinLinks } from '@/lib/quiz/join-links';

/** null until the server answers, and when it cannot: the lobby then keeps the join URL it has. */
export function useJoinLinks(gameId: string, hostToken: string): JoinLinks | null {
  const [links, setLinks] = useState<JoinLinks | null>(null);
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const res = await fetch(`/api/games/${gameId}/join-links`, { headers: { Authorization: `Bearer ${hostToken}` } });
      if (!res.ok) return;
      const [{ joinLinksSchema }, body] = await Promise.all([import('@/lib/quiz/join-links'), res.json() as Promise<unknown>]);
      const parsed = joinLinksSchema.safeParse(body);
      if (parsed.success && !cancelled) setLinks(parsed.data);
    };
    load().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [gameId, hostToken]);
  return links;
}
