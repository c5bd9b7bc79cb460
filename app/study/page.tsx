'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

import { StudyNow } from '@/components/study/study-now';
import { planFromParams, planKey } from '@/components/study/study-plan';
import { StudySession } from '@/components/study/study-session';

const loading = <p className="muted">Loading…</p>;

function StudyRoute() {
  const plan = planFromParams(useSearchParams());
  return plan ? <StudySession key={planKey(plan)} plan={plan} /> : <StudyNow loading={loading} />;
}

export default function StudyPage() {
  return (
    <Suspense fallback={loading}>
      <StudyRoute />
    </Suspense>
  );
}
