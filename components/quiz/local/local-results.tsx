'use client';
// After a question on one device: the reveal (the right answer, who got it), then the leaderboard.
import { kindOf } from '@/lib/quiz/grading';
import { LEADERBOARD_SIZE, standings, teamStandings } from '@/lib/quiz/standings';
import type { QuestionOutcome, QuizState } from '@/lib/quiz/types';

import { QuestionBoard } from '../shared/question-board';
import { Pictured, QuestionHeading, QuestionPicture } from '../shared/question-view';
import styles from '../shared/quiz.module.css';
import { StandingsList, teamRows } from '../shared/standings-list';

interface Props {
  mode: 'pass-and-play' | 'projector';
  state: QuizState;
  onNext: () => void;
  onEnd: () => void;
}

const answeredAny = (last: QuestionOutcome) => last.option !== null || last.text !== undefined || last.order !== undefined;

function outcomeText(last: QuestionOutcome | null, nickname: string): string {
  if (last?.correct) return `✓ ${nickname} +${last.points}`;
  if (last && last.points > 0) return `~ ${nickname} +${last.points}`;
  return `✗ ${nickname}`;
}

function outcomeWords(last: QuestionOutcome | null): string {
  if (!last || !answeredAny(last)) return ' no answer';
  if (last.correct) return ' right';
  return last.points > 0 ? ' partly right' : ' wrong';
}

export function LocalResults({ mode, state, onNext, onEnd }: Props) {
  const question = state.questions[state.index];
  const result = state.results.at(-1);
  const last = state.index + 1 >= state.questions.length;
  const players = state.players.filter((p) => p.status === 'active');
  const reveal = state.phase === 'reveal' && question && result;
  return (
    <section className={`${styles.stage}${mode === 'projector' ? ` ${styles.projector}` : ''}`} aria-labelledby="results-title">
      {reveal ? (
        <>
          <QuestionHeading id="results-title" index={state.index} total={state.questions.length} prompt={question.prompt} />
          {/* In projector mode only right answers were recorded: counts (and typed answers) would be wrong. */}
          <Pictured
            picture={
              question.diagram && (
                <QuestionPicture
                  diagram={question.diagram}
                  correct={question.correct}
                  counts={mode === 'pass-and-play' ? result.counts : null}
                />
              )
            }
          >
            <QuestionBoard
              kind={kindOf(question)}
              options={question.options}
              reveal={{
                correct: question.correct,
                counts: mode === 'pass-and-play' ? result.counts : null,
                accept: question.accept,
                order: question.order,
                typed: mode === 'pass-and-play' ? result.typed : null,
              }}
            />
          </Pictured>
          <p className={styles.result}>
            {result.right} of {result.players} right.
          </p>
          <ul className={styles.outcomes} aria-label="Results">
            {players.map((p) => (
              <li key={p.id} className={p.last?.correct ? styles.resultRight : styles.resultWrong}>
                {outcomeText(p.last, p.nickname)}
                <span className="sr-only">{outcomeWords(p.last)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className={styles.meta}>
            After question {state.index + 1} of {state.questions.length}
          </p>
          <h2 id="results-title">Leaderboard</h2>
          {state.settings.teamCount > 0 && <StandingsList rows={teamRows(teamStandings(state))} label="Teams" />}
          <StandingsList rows={standings(state).slice(0, LEADERBOARD_SIZE)} label="Top five" />
        </>
      )}
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={onNext}>
          {state.phase === 'reveal' ? 'Leaderboard' : last ? 'Podium' : 'Next question'}
        </button>
        <button type="button" className="btn" onClick={onEnd}>
          End the quiz
        </button>
      </div>
    </section>
  );
}
