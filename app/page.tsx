import { DeckOverview } from '@/components/home/deck-overview';
import { bundledListing } from '@/lib/build/bundled-decks';

export default function HomePage() {
  return (
    <>
      <h1>Today</h1>
      <DeckOverview listing={bundledListing()} />
    </>
  );
}
