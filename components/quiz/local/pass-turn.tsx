'use client';
// One player's turn on a shared device: a hand-off screen first (so nobody sees the question, or
// how the last player answered, before it is their turn), then their answer: one tap on an option, a
// typed command, or the steps put in order on the device in their hand.
import { kindOf } from '@/lib/quiz/grading';
import type { AnswerResponse, Question } from '@/lib/quiz/types';

import { ChoiceAnswer, OrderAnswer, TypedAnswer } from '../shared/answer-inputs';
import { QuestionHeading, QuestionPicture } from '../shared/question-view';
import styles from '../shared/quiz.module.css';
import { counted } from '@/lib/text/counted';

interface Props {
  question: Question;
  index: number;
  total: number;
  player: { nickname: string; team: number | null };
  waiting: number;
  open: boolean;
  onOpen: () => void;
  onAnswer: (response: AnswerResponse) => void;
  onCloseQuestion: () => void;
}

export function PassTurn({ question, index, total, player, waiting, open, onOpen, onAnswer, onCloseQuestion }: Props) {
  if (!open) {
    return (
      <section className={styles.stage} aria-labelledby="handoff-title">
        <p className={styles.meta}>
          Question {index + 1} of {total} · {counted(waiting, 'player')} still to answer
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
  const kind = kindOf(question);
  return (
    <section className={styles.stage} aria-labelledby="question-title">
      <QuestionHeading id="question-title" index={index} total={total} prompt={question.prompt} />
      {kind === 'typed' && <TypedAnswer disabled={false} onSubmit={(text) => onAnswer({ text })} />}
      {kind === 'order' && <OrderAnswer options={question.options} disabled={false} onSubmit={(order) => onAnswer({ order })} />}
      {question.diagram && <QuestionPicture diagram={question.diagram} onChoose={(option: number) => onAnswer({ option })} />}
      {(kind === 'choice' || kind === 'truefalse') && (
        <ChoiceAnswer
          options={question.options}
          label={`${player.nickname}, choose an answer`}
          onChoose={(option) => onAnswer({ option })}
        />
      )}
    </section>
  );
}
