import { DeckOverview } from '@/components/home/deck-overview';
import { VersionNote } from '@/components/home/version-note';
import { bundledListing } from '@/lib/build/bundled-decks';

export default function HomePage() {
  return (
    <>
      <h1>Today</h1>
      <VersionNote />
      <DeckOverview listing={bundledListing()} />
    </>
  );
}
