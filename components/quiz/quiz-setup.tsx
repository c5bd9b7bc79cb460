'use client';
// The host chooses decks and rules; the quiz draws multiple-choice cards from those decks.
import { useState } from 'react';

import { isStudyLine, STUDY_LINES, studyLineLabel, type StudyLine } from '@/lib/decks/releases';
import type { DeckRow } from '@/lib/db/rows';
import type { ScoringMode } from '@/lib/quiz/types';

import styles from './shared/setup.module.css';
import { counted } from '@/lib/text/counted';

export interface QuizChoice {
  decks: string[];
  questionCount: number;
  secondsPerQuestion: number;
  scoring: ScoringMode;
  streakBonus: boolean;
  teamCount: number;
  /** Only questions that hold for this containerd line; null (or absent, in a game set up before) for every version. */
  version?: StudyLine | null;
  /** Live games: the prompt alone on screen before the options (seconds). */
  previewSeconds: number;
  /** Live games: false when the host reveals each question (no countdown). */
  timer: boolean;
  /** Players' phones play no animation. */
  reducedMotion: boolean;
  /** Challenges: open this many hours from publishing. */
  challengeHours: number;
}

export type QuizModeChoice = 'live' | 'pass-and-play' | 'projector' | 'challenge';

/** How long a published challenge stays open, as the host picks it. */
export const CHALLENGE_HOURS = [1, 24, 72, 168] as const;
const hoursLabel = (h: number) => (h < 24 ? counted(h, 'hour') : counted(h / 24, 'day'));

function check(picked: string[], count: string, seconds: string, preview: string): string | null {
  const previewSeconds = Number(preview);
  if (!Number.isInteger(previewSeconds) || previewSeconds < 0 || previewSeconds > 60)
    return 'Preview: a whole number of seconds from 0 to 60.';
  if (picked.length === 0) return 'Choose at least one deck.';
  const questionCount = Number(count);
  if (!Number.isInteger(questionCount) || questionCount < 1 || questionCount > 100) return 'Questions: a whole number from 1 to 100.';
  const secondsPerQuestion = Number(seconds);
  if (!Number.isInteger(secondsPerQuestion) || secondsPerQuestion < 5 || secondsPerQuestion > 240)
    return 'Seconds per question: a whole number from 5 to 240.';
  return null;
}

interface Props {
  decks: DeckRow[];
  /** The last game's choices, to start another like it. */
  initial: QuizChoice | null;
  onStart: (choice: QuizChoice, mode: QuizModeChoice) => void;
}

export function QuizSetup({ decks, initial, onStart }: Props) {
  const [picked, setPicked] = useState<string[]>(initial?.decks ?? []);
  const [count, setCount] = useState(String(initial?.questionCount ?? 10));
  const [seconds, setSeconds] = useState(String(initial?.secondsPerQuestion ?? 20));
  const [scoring, setScoring] = useState<ScoringMode>(initial?.scoring ?? 'speed');
  const [streak, setStreak] = useState(initial?.streakBonus ?? false);
  const [teams, setTeams] = useState(String(initial?.teamCount ?? 0));
  const [version, setVersion] = useState<StudyLine | null>(initial?.version ?? null);
  const [preview, setPreview] = useState(String(initial?.previewSeconds ?? 3));
  const [timer, setTimer] = useState(initial?.timer ?? true);
  const [reducedMotion, setReducedMotion] = useState(initial?.reducedMotion ?? false);
  const [challengeHours, setChallengeHours] = useState(String(initial?.challengeHours ?? 24));
  const [error, setError] = useState<string | null>(null);

  const start = (mode: QuizModeChoice) => {
    const problem = check(picked, count, seconds, preview);
    setError(problem);
    if (problem) return;
    onStart(
      {
        decks: picked,
        questionCount: Number(count),
        secondsPerQuestion: Number(seconds),
        scoring,
        streakBonus: streak,
        teamCount: Number(teams),
        version,
        previewSeconds: Number(preview),
        timer,
        reducedMotion,
        challengeHours: Number(challengeHours),
      },
      mode,
    );
  };

  return (
    <form className={styles.setup} onSubmit={(e) => e.preventDefault()} aria-label="New quiz">
      <fieldset className="stack">
        <legend>Decks</legend>
        {decks.length === 0 && <p className="muted flush">Loading decks…</p>}
        <div>
          {decks.map((d) => (
            <label key={d.id} className="check">
              <input
                type="checkbox"
                checked={picked.includes(d.id)}
                onChange={(e) => setPicked((p) => (e.target.checked ? [...p, d.id] : p.filter((x) => x !== d.id)))}
              />
              {d.title}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="stack">
        <legend>Rules</legend>
        <div className="field">
          <label htmlFor="quiz-count">Questions</label>
          <input id="quiz-count" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="quiz-seconds">Seconds per question</label>
          <input
            id="quiz-seconds"
            inputMode="numeric"
            aria-describedby="quiz-live-only"
            value={seconds}
            onChange={(e) => setSeconds(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="quiz-scoring">Scoring</label>
          <select
            id="quiz-scoring"
            aria-describedby="quiz-live-only"
            value={scoring}
            onChange={(e) => setScoring(e.target.value as ScoringMode)}
          >
            <option value="speed">Speed: faster right answers score more</option>
            <option value="accuracy">Accuracy: 1000 per right answer</option>
          </select>
          <span id="quiz-live-only" className="hint">
            Speed scoring needs a live game: on one device every right answer scores 1000. Projector mode shows the timer to the room.
          </span>
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
        <div className="field">
          <label htmlFor="quiz-version">containerd version</label>
          <select
            id="quiz-version"
            aria-describedby="quiz-version-hint"
            value={version ?? ''}
            onChange={(e) => setVersion(isStudyLine(e.target.value) ? e.target.value : null)}
          >
            <option value="">Every version</option>
            {STUDY_LINES.map((line) => (
              <option key={line} value={line}>
                {studyLineLabel(line)}
              </option>
            ))}
          </select>
          <span id="quiz-version-hint" className="hint">
            Ask only what holds for the version your team runs.
          </span>
        </div>
        <label className="check">
          <input type="checkbox" checked={streak} onChange={(e) => setStreak(e.target.checked)} />
          Streak bonus (+100 per right answer in a row, up to +500)
        </label>
      </fieldset>
      <fieldset className="stack">
        <legend>Time and motion</legend>
        <div className="field">
          <label htmlFor="quiz-preview">Seconds to read the question before the options</label>
          <input id="quiz-preview" inputMode="numeric" value={preview} onChange={(e) => setPreview(e.target.value)} />
        </div>
        <label className="check">
          <input type="checkbox" checked={!timer} onChange={(e) => setTimer(!e.target.checked)} />
          No timer: I reveal each question (scores accuracy only)
        </label>
        <label className="check">
          <input type="checkbox" checked={reducedMotion} onChange={(e) => setReducedMotion(e.target.checked)} />
          Reduced motion on players’ phones
        </label>
        <p className="hint flush">In a live game’s lobby you can give named players extra time on every question.</p>
        <div className="field">
          <label htmlFor="quiz-challenge-hours">A challenge stays open for</label>
          <select id="quiz-challenge-hours" value={challengeHours} onChange={(e) => setChallengeHours(e.target.value)}>
            {CHALLENGE_HOURS.map((h) => (
              <option key={h} value={String(h)}>
                {hoursLabel(h)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className={`stack ${styles.setupWide}`}>
        {error && (
          <p className="error-text flush" role="alert">
            {error}
          </p>
        )}
        <div className={styles.modes}>
          <button type="button" className={`btn btn-primary ${styles.mode}`} aria-describedby="mode-live" onClick={() => start('live')}>
            Start a live game
            <small id="mode-live" aria-hidden="true">
              Players join on their phones
            </small>
          </button>
          <button type="button" className={`btn ${styles.mode}`} aria-describedby="mode-pass" onClick={() => start('pass-and-play')}>
            Pass and play on this device
            <small id="mode-pass" aria-hidden="true">
              Players take turns, offline
            </small>
          </button>
          <button type="button" className={`btn ${styles.mode}`} aria-describedby="mode-challenge" onClick={() => start('challenge')}>
            Publish a challenge
            <small id="mode-challenge" aria-hidden="true">
              Players play alone, at their own pace, until the deadline
            </small>
          </button>
          <button type="button" className={`btn ${styles.mode}`} aria-describedby="mode-projector" onClick={() => start('projector')}>
            Projector mode
            <small id="mode-projector" aria-hidden="true">
              You mark who was right, offline
            </small>
          </button>
        </div>
      </div>
    </form>
  );
}
