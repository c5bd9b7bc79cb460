import type { Metadata } from 'next';
import { Suspense } from 'react';

import { PlayScreen } from '@/components/quiz/play-screen';

export const metadata: Metadata = { title: 'Join a quiz' };

export default function PlayPage() {
  return (
    <>
      <h1>Join a quiz</h1>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <PlayScreen />
      </Suspense>
    </>
  );
}
