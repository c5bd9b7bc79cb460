'use client';
// The join addresses the server offers this game's host (GET /api/games/:gameId/join-links),
// checked against the shared schema. The schema (and zod with it) loads only once a lobby shows.
import { useEffect, useState } from 'react';

import type { JoinLinks } from '@/lib/quiz/join-links';
import { fetchJoinLinks } from '@/lib/quiz/live-client';

/** null until the server answers, and when it cannot: the lobby then keeps the join URL it has. */
export function useJoinLinks(gameId: string, hostToken: string): JoinLinks | null {
  const [links, setLinks] = useState<JoinLinks | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetchJoinLinks(gameId, hostToken).then(
      (fetched) => !cancelled && setLinks(fetched),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [gameId, hostToken]);
  return links;
}
