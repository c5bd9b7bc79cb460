'use client';
// /quiz: set up a team quiz, run it live on the server or on this device, and keep the reports.
import { useCallback, useMemo, useState } from 'react';

import type { CardRow, DeckRow, QuizReportRow } from '@/lib/db/rows';
import { toQuizCard } from '@/lib/quiz/questions';
import type { QuizCard } from '@/lib/quiz/types';

import { useDb } from '../db-provider';
import { useLiveValue } from '../use-live-value';
import { ChallengeHost, useStoredHostChallenge, type ChallengeSession } from './live/challenge-host';
import { LiveHost } from './live/live-host';
import { hostSession } from './live/sessions';
import { LocalGame } from './local/local-game';
import { QuizReports } from './quiz-reports';
import { QuizSetup, type QuizChoice, type QuizModeChoice } from './quiz-setup';

type LocalMode = 'pass-and-play' | 'projector';

/** Set in the click handler, once: the live screen creates its game from this very object. */
type Running =
  | { mode: 'challenge'; start: { cards: QuizCard[]; choice: QuizChoice } | { resume: ChallengeSession } }
  | { mode: 'live'; start: { cards: QuizCard[]; choice: QuizChoice } }
  | { mode: LocalMode; cards: QuizCard[]; choice: QuizChoice };

interface Unreachable {
  message: string;
  choice: QuizChoice;
  cards: QuizCard[];
}

export function QuizHost() {
  const { db, store, ready, error } = useDb();
  const live = db && store && ready;
  const decks = useLiveValue<DeckRow[]>(live ? () => store.listDecks(db) : null, [db, store, ready], []);
  const reports = useLiveValue<QuizReportRow[]>(live ? () => store.listQuizReports(db) : null, [db, store, ready], []);
  const [running, setRunning] = useState<Running | null>(null);
  const [lastChoice, setLastChoice] = useState<QuizChoice | null>(null);
  const [unreachable, setUnreachable] = useState<Unreachable | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A live game this tab was hosting before a refresh: back to it, with its host token.
  const stored = hostSession.useValue();
  const published = useStoredHostChallenge();
  const resume = useMemo(() => (stored ? { resume: stored } : null), [stored]);

  const start = async (choice: QuizChoice, mode: QuizModeChoice) => {
    if (!db || !store) return;
    setLastChoice(choice);
    const rows: CardRow[] = await store.quizCardsOf(db, choice.decks, choice.version ?? null);
    // Every kind plays in every mode: phones type and order in live games and challenges, the device in
    // hand does in pass-and-play, and in projector mode the room answers aloud and the host marks who was right.
    const cards = rows.map((c) => toQuizCard(c)).filter((c): c is QuizCard => c !== undefined);
    if (cards.length === 0)
      return setNotice(
        choice.version ? `Those decks have no quiz questions on containerd ${choice.version}.` : 'Those decks have no quiz questions.',
      );
    setNotice(null);
    setUnreachable(null);
    setRunning(mode === 'live' || mode === 'challenge' ? ({ mode, start: { cards, choice } } as Running) : { mode, cards, choice });
  };
  const save = useCallback(
    async (report: QuizReportRow) => {
      if (db && store) await store.saveQuizReport(db, report);
    },
    [db, store],
  );
  const onUnreachable = useCallback(
    (message: string) => {
      if (running?.mode === 'live') setUnreachable({ message, ...running.start });
      setRunning(null);
    },
    [running],
  );
  const exit = () => {
    hostSession.clear();
    setRunning(null);
    setNotice(null);
  };

  if (!ready && error) {
    return (
      <p className="banner banner-error" role="alert">
        {error}
      </p>
    );
  }
  if (running?.mode === 'challenge') return <ChallengeHost start={running.start} onExit={exit} />;
  if (running?.mode === 'live') return <LiveHost start={running.start} onSave={save} onUnreachable={onUnreachable} onExit={exit} />;
  if (running) return <LocalGame mode={running.mode} cards={running.cards} choice={running.choice} onSave={save} onExit={exit} />;
  if (resume) return <LiveHost start={resume} onSave={save} onUnreachable={onUnreachable} onExit={exit} />;
  const playHere = (mode: LocalMode) => unreachable && setRunning({ mode, cards: unreachable.cards, choice: unreachable.choice });
  return (
    <div className="stack">
      {unreachable && (
        <div className="banner banner-error stack" role="alert">
          <p className="flush">
            <strong>No live game: </strong>
            {unreachable.message} Play on this device instead, with the same decks and rules:
          </p>
          <div className="row">
            <button type="button" className="btn btn-primary" onClick={() => playHere('pass-and-play')}>
              Pass and play
            </button>
            <button type="button" className="btn" onClick={() => playHere('projector')}>
              Projector mode
            </button>
          </div>
        </div>
      )}
      {notice && (
        <p className="error-text flush" role="alert">
          {notice}
        </p>
      )}
      {published && (
        <p className="flush">
          <button type="button" className="btn" onClick={() => setRunning({ mode: 'challenge', start: { resume: published } })}>
            Open challenge {published.code.slice(0, 3)} {published.code.slice(3)} and its results
          </button>
        </p>
      )}
      <QuizSetup decks={decks} initial={lastChoice} onStart={(c, m) => void start(c, m)} />
      <h2>Past games</h2>
      <QuizReports reports={reports} />
    </div>
  );
}
