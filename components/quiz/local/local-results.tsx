'use client';
// After a question on one device: the reveal (right option, who got it), then the leaderboard.
import { LEADERBOARD_SIZE, standings, teamStandings } from '@/lib/quiz/standings';
import type { QuizState } from '@/lib/quiz/types';

import { OptionList, Pictured, QuestionHeading, QuestionPicture } from '../shared/question-view';
import styles from '../shared/quiz.module.css';
import { StandingsList, teamRows } from '../shared/standings-list';

interface Props {
  mode: 'pass-and-play' | 'projector';
  state: QuizState;
  onNext: () => void;
  onEnd: () => void;
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
          {/* In projector mode only the right option was tapped: counts for the others would be wrong. */}
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
            <OptionList options={question.options} correct={question.correct} counts={mode === 'pass-and-play' ? result.counts : null} />
          </Pictured>
          <p className={styles.result}>
            {result.right} of {result.players} right.
          </p>
          <ul className={styles.outcomes} aria-label="Results">
            {players.map((p) => (
              <li key={p.id} className={p.last?.correct ? styles.resultRight : styles.resultWrong}>
                {p.last?.correct ? `✓ ${p.nickname} +${p.last.points}` : `✗ ${p.nickname}`}
                <span className="sr-only">{p.last?.correct ? ' right' : p.last?.option === null || !p.last ? ' no answer' : ' wrong'}</span>
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
