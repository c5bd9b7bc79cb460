import type { Metadata } from 'next';

import { QuizHost } from '@/components/quiz/quiz-host';
import styles from '@/components/quiz/shared/setup.module.css';

export const metadata: Metadata = { title: 'Team quiz' };

export default function QuizPage() {
  return (
    <div className={styles.page}>
      <h1>Team quiz</h1>
      <QuizHost />
    </div>
  );
}
