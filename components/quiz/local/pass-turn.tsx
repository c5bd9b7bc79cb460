'use client';
// One player's turn on a shared device: a hand-off screen first (so nobody sees the question, or
// how the last player answered, before it is their turn), then one tap to answer.
import type { Question } from '@/lib/quiz/types';

import { Markdown } from '../../markdown';
import { OptionLetter, QuestionHeading, QuestionPicture } from '../shared/question-view';
import styles from '../shared/quiz.module.css';

interface Props {
  question: Question;
  index: number;
  total: number;
  player: { nickname: string; team: number | null };
  waiting: number;
  open: boolean;
  onOpen: () => void;
  onAnswer: (option: number) => void;
  onCloseQuestion: () => void;
}

export function PassTurn({ question, index, total, player, waiting, open, onOpen, onAnswer, onCloseQuestion }: Props) {
  if (!open) {
    return (
      <section className={styles.stage} aria-labelledby="handoff-title">
        <p className={styles.meta}>
          Question {index + 1} of {total} · {waiting} player{waiting === 1 ? '' : 's'} still to answer
        </p>
        <h2 id="handoff-title" className={styles.prompt}>
          Pass the device to {player.nickname}
        </h2>
        {player.team !== null && <p className="muted flush">Team {player.team + 1}</p>}
        <button type="button" className="btn btn-primary" onClick={onOpen}>
          I’m {player.nickname}: show the question
        </button>
        <button type="button" className="btn btn-small self-start" onClick={onCloseQuestion}>
          Close the question now
        </button>
      </section>
    );
  }
  return (
    <section className={styles.stage} aria-labelledby="question-title">
      <QuestionHeading id="question-title" index={index} total={total} prompt={question.prompt} />
      {question.diagram && <QuestionPicture diagram={question.diagram} onChoose={onAnswer} />}
      <div className={styles.options} role="group" aria-label={`${player.nickname}, choose an answer`}>
        {question.options.map((text, i) => (
          <button key={text} type="button" className={styles.option} onClick={() => onAnswer(i)}>
            <OptionLetter index={i} />
            <span className={styles.optionText}>
              <Markdown text={text} inline />
            </span>
          </button>
        ))}
      </div>
    </section>
  );
}
