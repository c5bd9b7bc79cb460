import { DeckOverview } from '@/components/home/deck-overview';
import { bundledListing } from '@/lib/decks/bundled-listing';

export default function HomePage() {
  return (
    <>
      <h1>Today</h1>
      <DeckOverview listing={bundledListing()} />
    </>
  );
}
