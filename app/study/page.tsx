'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

import { StudyNow } from '@/components/study/study-now';
import { StudySession } from '@/components/study/study-session';

const loading = <p className="muted">Loading…</p>;

function StudyRoute() {
  const deck = useSearchParams().get('deck');
  return deck ? <StudySession key={deck} deckId={deck} /> : <StudyNow loading={loading} />;
}

export default function StudyPage() {
  return (
    <Suspense fallback={loading}>
      <StudyRoute />
    </Suspense>
  );
}
