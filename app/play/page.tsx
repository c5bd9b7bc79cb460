import type { Metadata } from 'next';
import { Suspense } from 'react';

import { PlayScreen } from '@/components/quiz/live/play-screen';

export const metadata: Metadata = { title: 'Join a quiz' };

export default function PlayPage() {
  return (
    // The screen draws its own heading: "Join a quiz", or the game's once the player is in.
    <Suspense
      fallback={
        <>
          <h1>Join a quiz</h1>
          <p className="muted">Loading…</p>
        </>
      }
    >
      <PlayScreen />
    </Suspense>
  );
}
