import type { Metadata } from 'next';
import { Suspense } from 'react';

import { BrowseScreen } from '@/components/browse/browse-screen';

export const metadata: Metadata = { title: 'Browse' };

export default function BrowsePage() {
  return (
    <>
      <h1>Browse</h1>
      {/* useSearchParams needs a Suspense boundary in a static export. */}
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <BrowseScreen />
      </Suspense>
    </>
  );
}
