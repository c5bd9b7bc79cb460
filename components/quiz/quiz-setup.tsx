'use client';
// The host chooses decks and rules; the quiz draws multiple-choice cards from those decks.
import { useState } from 'react';

import type { DeckRow } from '@/lib/db/rows';
import type { ScoringMode } from '@/lib/quiz/types';

export interface QuizChoice {
  decks: string[];
  questionCount: number;
  secondsPerQuestion: number;
  scoring: ScoringMode;
  streakBonus: boolean;
  teamCount: number;
}

export type QuizModeChoice = 'live' | 'pass-and-play' | 'projector';

export function QuizSetup({ decks, onStart }: { decks: DeckRow[]; onStart: (choice: QuizChoice, mode: QuizModeChoice) => void }) {
  const [picked, setPicked] = useState<string[]>([]);
  const [count, setCount] = useState('10');
  const [seconds, setSeconds] = useState('20');
  const [scoring, setScoring] = useState<ScoringMode>('speed');
  const [streak, setStreak] = useState(false);
  const [teams, setTeams] = useState('0');
  const [error, setError] = useState<string | null>(null);

  const start = (mode: QuizModeChoice) => {
    const questionCount = Number(count);
    const secondsPerQuestion = Number(seconds);
    if (picked.length === 0) return setError('Choose at least one deck.');
    if (!Number.isInteger(questionCount) || questionCount < 1 || questionCount > 100) return setError('Questions: a whole number from 1 to 100.');
    if (!Number.isInteger(secondsPerQuestion) || secondsPerQuestion < 5 || secondsPerQuestion > 240) return setError('Seconds per question: 5 to 240.');
    setError(null);
    onStart({ decks: picked, questionCount, secondsPerQuestion, scoring, streakBonus: streak, teamCount: Number(teams) }, mode);
  };

  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="stack">
        <legend>Decks</legend>
        {decks.map((d) => (
          <label key={d.id} className="row">
            <input
              type="checkbox"
              checked={picked.includes(d.id)}
              onChange={(e) => setPicked((p) => (e.target.checked ? [...p, d.id] : p.filter((x) => x !== d.id)))}
            />
            {d.title}
          </label>
        ))}
      </fieldset>
      <fieldset className="stack">
        <legend>Rules</legend>
        <div className="field">
          <label htmlFor="quiz-count">Questions</label>
          <input id="quiz-count" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="quiz-seconds">Seconds per question</label>
          <input id="quiz-seconds" inputMode="numeric" value={seconds} onChange={(e) => setSeconds(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="quiz-scoring">Scoring</label>
          <select id="quiz-scoring" value={scoring} onChange={(e) => setScoring(e.target.value as ScoringMode)}>
            <option value="speed">Speed: faster right answers score more</option>
            <option value="accuracy">Accuracy: 1000 per right answer</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="quiz-teams">Teams</label>
          <select id="quiz-teams" value={teams} onChange={(e) => setTeams(e.target.value)}>
            <option value="0">No teams</option>
            {[2, 3, 4].map((n) => (
              <option key={n} value={String(n)}>
                {n} teams
              </option>
            ))}
          </select>
        </div>
        <label className="row">
          <input type="checkbox" checked={streak} onChange={(e) => setStreak(e.target.checked)} />
          Streak bonus (+100 per right answer in a row, up to +500)
        </label>
      </fieldset>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="stack">
        <button type="button" className="btn btn-primary" onClick={() => start('live')}>
          Start a live game
        </button>
        <button type="button" className="btn" onClick={() => start('pass-and-play')}>
          Pass and play on this device
        </button>
        <button type="button" className="btn" onClick={() => start('projector')}>
          Projector mode (you mark who was right)
        </button>
      </div>
    </form>
  );
}
