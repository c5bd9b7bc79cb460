'use client';
// Projector mode: the room answers aloud, the host reveals the right answer, then taps who got it.
// Typed and order questions play too: the room says or writes down a command or an order of the
// lettered steps. The host cannot weigh a shouted order step by step, so here an order is right or
// wrong (all steps in place); partial credit needs each player's own phone (a live game).
import { useState } from 'react';

import { kindOf } from '@/lib/quiz/grading';
import type { Question } from '@/lib/quiz/types';

import { Countdown } from '../shared/countdown';
import { QuestionBoard } from '../shared/question-board';
import { Pictured, QuestionHeading, QuestionPicture } from '../shared/question-view';
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
  const kind = kindOf(question);
  const toggle = (id: string) => setMarked((m) => (m.includes(id) ? m.filter((x) => x !== id) : [...m, id]));
  return (
    <section className={`${styles.stage} ${styles.projector}`} aria-labelledby="question-title">
      <QuestionHeading id="question-title" index={index} total={total} prompt={question.prompt} />
      {!shown && <Countdown deadline={timer.deadline} totalSeconds={timer.seconds} />}
      <Pictured picture={question.diagram && <QuestionPicture diagram={question.diagram} correct={shown ? question.correct : null} />}>
        <QuestionBoard
          kind={kind}
          options={question.options}
          reveal={shown ? { correct: question.correct, counts: null, accept: question.accept, order: question.order } : null}
        />
      </Pictured>
      {!shown && kind === 'typed' && (
        <p className="flush">Say or write down the command. Flag order, quoting and aliases such as ls/list do not matter.</p>
      )}
      {!shown && kind === 'order' && (
        <p className="flush">
          Write down the steps’ letters in the right order. Here an order counts only with every step in place: partial credit needs a phone
          each (a live game).
        </p>
      )}
      {!shown ? (
        <button type="button" className="btn btn-primary self-start" onClick={() => setShown(true)}>
          Reveal the answer
        </button>
      ) : (
        <>
          <fieldset className="stack">
            <legend>{kind === 'order' ? 'Who had every step in place?' : 'Who got it right?'}</legend>
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
