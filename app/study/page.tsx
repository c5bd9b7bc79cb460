'use client';

import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

import { useDeckQueues, useMinuteClock } from '@/components/use-deck-queues';

function Loading() {
  return <p className="muted">Loading…</p>;
}

// The session (with the store, the scheduler and the Markdown renderer) loads after first paint,
// alongside the store itself, so this route's first-load JavaScript stays small.
const loadSession = () => import('@/components/study/study-session').then((m) => m.StudySession);
const StudySession = dynamic(loadSession, { ssr: false, loading: Loading });
// Fetch it as soon as this page runs, not only once the deck to study is known.
if (typeof window !== 'undefined') void loadSession();

/** "Study now" (the install shortcut) opens /study with no deck: take the first deck with work today. */
function FirstDeckWithWork() {
  const now = useMinuteClock();
  const decks = useDeckQueues(now);
  const first = decks?.find((d) => d.queue.counts.newCount + d.queue.counts.learningCount + d.queue.counts.reviewCount > 0) ?? decks?.[0];
  if (!first) return <Loading />;
  return <StudySession key={first.deck.id} deckId={first.deck.id} />;
}

function StudyRoute() {
  const deck = useSearchParams().get('deck');
  return deck ? <StudySession key={deck} deckId={deck} /> : <FirstDeckWithWork />;
}

export default function StudyPage() {
  return (
    <Suspense fallback={<Loading />}>
      <StudyRoute />
    </Suspense>
  );
}
