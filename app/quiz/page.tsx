import type { Metadata } from 'next';

import { QuizHost } from '@/components/quiz/quiz-host';

export const metadata: Metadata = { title: 'Team quiz' };

export default function QuizPage() {
  return (
    <>
      <h1>Team quiz</h1>
      <QuizHost />
    </>
  );
}
