import type { Metadata } from 'next';
import { Suspense } from 'react';

import { ChallengePlay } from '@/components/quiz/live/challenge-play';

export const metadata: Metadata = { title: 'Play a challenge' };

export default function ChallengePage() {
  return (
    <Suspense
      fallback={
        <>
          <h1>Play a challenge</h1>
          <p className="muted">Loading…</p>
        </>
      }
    >
      <ChallengePlay />
    </Suspense>
  );
}
