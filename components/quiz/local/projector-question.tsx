'use client';
// Projector mode: the room answers aloud, the host reveals the right option, then taps who got it.
import { useState } from 'react';

import type { Question } from '@/lib/quiz/types';

import { Countdown } from '../shared/countdown';
import { OptionList, Pictured, QuestionHeading, QuestionPicture } from '../shared/question-view';
import styles from '../shared/quiz.module.css';

interface Props {
  question: Question;
  index: number;
  total: number;
  players: { id: string; nickname: string }[];
  /** A clock for the room to see; time up does not close the question, the host does. */
  timer: { deadline: number; seconds: number };
  onScore: (rightPlayerIds: string[]) => void;
}

export function ProjectorQuestion({ question, index, total, players, timer, onScore }: Props) {
  const [shown, setShown] = useState(false);
  const [marked, setMarked] = useState<string[]>([]);
  const toggle = (id: string) => setMarked((m) => (m.includes(id) ? m.filter((x) => x !== id) : [...m, id]));
  return (
    <section className={`${styles.stage} ${styles.projector}`} aria-labelledby="question-title">
      <QuestionHeading id="question-title" index={index} total={total} prompt={question.prompt} />
      {!shown && <Countdown deadline={timer.deadline} totalSeconds={timer.seconds} />}
      <Pictured picture={question.diagram && <QuestionPicture diagram={question.diagram} correct={shown ? question.correct : null} />}>
        <OptionList options={question.options} correct={shown ? question.correct : null} />
      </Pictured>
      {!shown ? (
        <button type="button" className="btn btn-primary self-start" onClick={() => setShown(true)}>
          Reveal the answer
        </button>
      ) : (
        <>
          <fieldset className="stack">
            <legend>Who got it right?</legend>
            <div className={styles.players}>
              {players.map((p) => (
                <button key={p.id} type="button" className="btn" aria-pressed={marked.includes(p.id)} onClick={() => toggle(p.id)}>
                  {marked.includes(p.id) ? '✓ ' : ''}
                  {p.nickname}
                </button>
              ))}
            </div>
          </fieldset>
          <button type="button" className="btn btn-primary self-start" onClick={() => onScore(marked)}>
            Score this question ({marked.length} right)
          </button>
        </>
      )}
    </section>
  );
}
