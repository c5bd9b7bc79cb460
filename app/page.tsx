import { DeckOverview } from '@/components/home/deck-overview';

export default function HomePage() {
  return (
    <>
      <h1>Today</h1>
      <DeckOverview />
    </>
  );
}
