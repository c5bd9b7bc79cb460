'use client';

import { Suspense } from 'react';

import { BrowseScreen } from '@/components/browse/browse-screen';

export default function BrowsePage() {
  return (
    <>
      <h1>Browse</h1>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <BrowseScreen />
      </Suspense>
    </>
  );
}
