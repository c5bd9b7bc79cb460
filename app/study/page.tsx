'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

import { CustomStudyForm } from '@/components/study/custom-study-form';
import { StudyNow } from '@/components/study/study-now';
import { planFromParams, planKey } from '@/components/study/study-plan';
import { StudySession } from '@/components/study/study-session';

const loading = <p className="muted">Loading…</p>;

function StudyRoute() {
  const params = useSearchParams();
  if (params.get('custom') === 'choose') return <CustomStudyForm key={params.get('deck')} deckId={params.get('deck') || null} />;
  const plan = planFromParams(params);
  return plan ? <StudySession key={planKey(plan)} plan={plan} /> : <StudyNow loading={loading} />;
}

export default function StudyPage() {
  return (
    <Suspense fallback={loading}>
      <StudyRoute />
    </Suspense>
  );
}
