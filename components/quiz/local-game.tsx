'use client';
// Team quiz with no server, on the shared engine: pass-and-play (players take turns on one
// device, the question hidden between turns) and projector mode (the host marks who was right).
import { useEffect, useRef, useState } from 'react';

import type { QuizReportRow } from '@/lib/db/rows';
import { applyCommand, createQuiz } from '@/lib/quiz/engine';
import { currentQuestion } from '@/lib/quiz/flow';
import { quizReport } from '@/lib/quiz/report';
import { standings, teamStandings } from '@/lib/quiz/standings';
import type { QuizCard, QuizCommand, QuizState } from '@/lib/quiz/types';

import { Markdown } from '../markdown';
import type { QuizChoice } from './quiz-setup';
import { StandingsList } from './standings-list';
import { toReportRow } from './to-report-row';

/** Commands are applied in event handlers, at the moment of the tap. */
function applyAll(state: QuizState, commands: QuizCommand[]): { state: QuizState } | { error: string } {
  let s = state;
  for (const command of commands) {
    const r = applyCommand(s, command, { now: Date.now() });
    if (!r.ok) return { error: r.error };
    s = r.state;
  }
  return { state: s };
}

interface Props {
  mode: 'pass-and-play' | 'projector';
  cards: QuizCard[];
  choice: QuizChoice;
  onSave: (report: QuizReportRow) => Promise<void>;
  onExit: () => void;
}

export function LocalGame({ mode, cards, choice, onSave, onExit }: Props) {
  const [state, setState] = useState<QuizState>(() =>
    createQuiz(
      cards,
      // Turns and taps say nothing about speed: one device scores right answers only, and a
      // question stays open until everyone has had their turn or the host reveals it.
      { ...choice, scoring: 'accuracy', previewSeconds: 0, secondsPerQuestion: 24 * 3600 },
      { now: Date.now() },
    ),
  );
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [turnOpen, setTurnOpen] = useState(false);
  const [marked, setMarked] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const nextId = useRef(1);

  const run = (...commands: QuizCommand[]) => {
    const r = applyAll(state, commands);
    if ('error' in r) return setError(r.error);
    setError(null);
    setState(r.state);
  };

  useEffect(() => {
    if (state.phase !== 'podium' || saved) return;
    void onSave(toReportRow(quizReport(state), mode, choice.decks, state.createdAt)).then(() => setSaved(true));
  }, [state, saved, onSave, mode, choice.decks]);

  const players = state.players.filter((p) => p.status === 'active');
  const question = currentQuestion(state);
  const waiting = players.filter((p) => state.answers[p.id] === undefined);
  const turn = waiting[0];

  if (state.phase === 'lobby') {
    return (
      <section className="stack" aria-labelledby="local-title">
        <h2 id="local-title">{mode === 'pass-and-play' ? 'Pass and play: who is playing?' : 'Projector mode: who is playing?'}</h2>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            run({ type: 'join', playerId: `p${nextId.current++}`, nickname: name });
            setName('');
          }}
        >
          <div className="field grow">
            <label htmlFor="local-name">Player name</label>
            <input id="local-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          </div>
          <button type="submit" className="btn">
            Add player
          </button>
        </form>
        <ul aria-label="Players">
          {players.map((p) => (
            <li key={p.id}>{p.nickname}</li>
          ))}
        </ul>
        {error && <p className="error-text" role="alert">{error}</p>}
        <div className="row">
          <button type="button" className="btn btn-primary" disabled={players.length === 0} onClick={() => run({ type: 'start' })}>
            Start the quiz ({state.questions.length} questions)
          </button>
          <button type="button" className="btn" onClick={onExit}>
            Back
          </button>
        </div>
      </section>
    );
  }

  if (state.phase === 'podium') {
    return (
      <section className="stack quiz-stage" aria-labelledby="podium-title">
        <h2 id="podium-title">Podium</h2>
        {state.settings.teamCount > 0 && <StandingsList rows={teamStandings(state).map((t) => ({ nickname: t.name, score: t.score, rank: t.rank }))} label="Teams" />}
        <StandingsList rows={standings(state)} label="Final standings" />
        <p role="status" className="muted">{saved ? 'Report saved on this device.' : 'Saving the report…'}</p>
        <button type="button" className="btn btn-primary" onClick={onExit}>
          Done
        </button>
      </section>
    );
  }

  const header = question && (
    <p className="muted flush">
      Question {state.index + 1} of {state.questions.length}
    </p>
  );

  if (state.phase === 'answering' && question) {
    if (mode === 'pass-and-play') {
      if (!turn) return null;
      if (!turnOpen) {
        return (
          <section className="stack quiz-stage" aria-labelledby="handoff-title">
            {header}
            <h2 id="handoff-title">Pass the device to {turn.nickname}</h2>
            <button type="button" className="btn btn-primary" onClick={() => setTurnOpen(true)}>
              I’m {turn.nickname}: show the question
            </button>
          </section>
        );
      }
      return (
        <section className="stack quiz-stage" aria-labelledby="question-title">
          {header}
          <h2 id="question-title" className="quiz-prompt"><Markdown text={question.prompt} inline /></h2>
          <div className="quiz-options" role="group" aria-label={`${turn.nickname}, choose an answer`}>
            {question.options.map((o, i) => (
              <button
                key={o}
                type="button"
                className="btn quiz-option"
                onClick={() => {
                  setTurnOpen(false);
                  run({ type: 'answer', playerId: turn.id, option: i });
                }}
              >
                <Markdown text={o} inline />
              </button>
            ))}
          </div>
        </section>
      );
    }
    return (
      <section className="stack quiz-stage" aria-labelledby="question-title">
        {header}
        <h2 id="question-title" className="quiz-prompt"><Markdown text={question.prompt} inline /></h2>
        <ol className="quiz-options-static">
          {question.options.map((o) => (
            <li key={o}>
              <Markdown text={o} inline />
            </li>
          ))}
        </ol>
        <div className="row" role="group" aria-label="Who got it right?">
          {players.map((p) => (
            <button
              key={p.id}
              type="button"
              className="btn btn-small"
              aria-pressed={marked.includes(p.id)}
              onClick={() => setMarked((m) => (m.includes(p.id) ? m.filter((x) => x !== p.id) : [...m, p.id]))}
            >
              {p.nickname}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            const answers = marked.map((playerId): QuizCommand => ({ type: 'answer', playerId, option: question.correct }));
            setMarked([]);
            run(...answers, ...(answers.length === players.length ? [] : [{ type: 'next' } as QuizCommand]));
          }}
        >
          Reveal the answer
        </button>
      </section>
    );
  }

  const result = state.results[state.results.length - 1];
  return (
    <section className="stack quiz-stage" aria-labelledby="results-title">
      {header}
      {state.phase === 'reveal' && question && result ? (
        <>
          <h2 id="results-title" className="quiz-prompt"><Markdown text={question.prompt} inline /></h2>
          <ul className="quiz-reveal">
            {question.options.map((o, i) => (
              <li key={o} className={i === question.correct ? 'right' : ''}>
                {i === question.correct ? '✓ ' : ''}
                <Markdown text={o} inline /> <span className="muted">({result.counts[i] ?? 0})</span>
              </li>
            ))}
          </ul>
          <p className="flush">
            {result.right} of {result.players} right.
          </p>
        </>
      ) : (
        <>
          <h2 id="results-title">Leaderboard</h2>
          {state.settings.teamCount > 0 && <StandingsList rows={teamStandings(state).map((t) => ({ nickname: t.name, score: t.score, rank: t.rank }))} label="Teams" />}
          <StandingsList rows={standings(state).slice(0, 5)} label="Top five" />
        </>
      )}
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => run({ type: 'next' })}>
          {state.phase === 'reveal' ? 'Leaderboard' : state.index + 1 >= state.questions.length ? 'Podium' : 'Next question'}
        </button>
        <button type="button" className="btn" onClick={() => run({ type: 'end' })}>
          End the quiz
        </button>
      </div>
    </section>
  );
}
