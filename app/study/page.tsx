'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

import { StudySession } from '@/components/study/study-session';
import { useDeckQueues, useMinuteClock } from '@/components/use-deck-queues';

function StudyRoute() {
  const params = useSearchParams();
  const deck = params.get('deck');
  const now = useMinuteClock();
  const decks = useDeckQueues(now);
  // "Study now" (the install shortcut) opens /study with no deck: take the first deck with work today.
  const fallback = decks?.find((d) => d.queue.counts.newCount + d.queue.counts.learningCount + d.queue.counts.reviewCount > 0) ?? decks?.[0];
  const deckId = deck ?? fallback?.deck.id;
  if (!deckId) return <p className="muted">Loading…</p>;
  return <StudySession key={deckId} deckId={deckId} />;
}

export default function StudyPage() {
  return (
    <Suspense fallback={<p className="muted">Loading…</p>}>
      <StudyRoute />
    </Suspense>
  );
}
