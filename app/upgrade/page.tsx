'use client';

import { Suspense } from 'react';

import { UpgradeScreen } from '@/components/upgrade/upgrade-screen';

export default function UpgradePage() {
  return (
    <>
      <h1>Upgrade</h1>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <UpgradeScreen />
      </Suspense>
    </>
  );
}
