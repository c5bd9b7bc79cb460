'use client';
// /quiz: set up a team quiz, run it live on the server or on this device, and keep the reports.
import { useCallback, useState } from 'react';

import type { CardRow, DeckRow, QuizReportRow } from '@/lib/db/rows';
import { toQuizCard } from '@/lib/quiz/questions';
import type { QuizCard } from '@/lib/quiz/types';

import { useDb } from '../db-provider';
import { dbModule } from '../lazy-db';
import { useLiveValue } from '../use-live-value';
import { LiveHost } from './live-host';
import { LocalGame } from './local-game';
import { QuizReports } from './quiz-reports';
import { QuizSetup, type QuizChoice, type QuizModeChoice } from './quiz-setup';

interface Running {
  mode: QuizModeChoice;
  choice: QuizChoice;
  cards: QuizCard[];
}

export function QuizHost() {
  const { db, ready, error } = useDb();
  const live = db && ready;
  const decks = useLiveValue<DeckRow[]>(live ? () => dbModule().listDecks(db) : null, [db, ready], []);
  const reports = useLiveValue<QuizReportRow[]>(live ? () => dbModule().listQuizReports(db) : null, [db, ready], []);
  const [running, setRunning] = useState<Running | null>(null);
  const [unreachable, setUnreachable] = useState<{ message: string; choice: QuizChoice; cards: QuizCard[] } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const start = async (choice: QuizChoice, mode: QuizModeChoice) => {
    if (!db) return;
    const rows: CardRow[] = await dbModule().choiceCardsOf(db, choice.decks);
    const cards = rows.map((c) => toQuizCard({ ...c, kind: 'choice' as const, choices: c.choices ?? [] })).filter((c): c is QuizCard => Boolean(c));
    if (cards.length === 0) return setNotice('Those decks have no multiple-choice cards.');
    setNotice(null);
    setUnreachable(null);
    setRunning({ mode, choice, cards });
  };
  const save = useCallback(async (report: QuizReportRow) => {
    if (db) await dbModule().saveQuizReport(db, report);
  }, [db]);
  const onUnreachable = useCallback(
    (message: string) => {
      setUnreachable(running ? { message, choice: running.choice, cards: running.cards } : null);
      setRunning(null);
    },
    [running],
  );

  if (!ready && error) return <p className="banner banner-error" role="alert">{error}</p>;
  if (running?.mode === 'live') {
    return <LiveHost cards={running.cards} choice={running.choice} onSave={save} onUnreachable={onUnreachable} onExit={() => setRunning(null)} />;
  }
  if (running) {
    return <LocalGame mode={running.mode} cards={running.cards} choice={running.choice} onSave={save} onExit={() => setRunning(null)} />;
  }
  return (
    <div className="stack">
      {unreachable && (
        <div className="banner banner-error stack" role="alert">
          <p className="flush">{unreachable.message} You can still play on this device:</p>
          <div className="row">
            <button type="button" className="btn btn-small" onClick={() => setRunning({ mode: 'pass-and-play', choice: unreachable.choice, cards: unreachable.cards })}>
              Pass and play
            </button>
            <button type="button" className="btn btn-small" onClick={() => setRunning({ mode: 'projector', choice: unreachable.choice, cards: unreachable.cards })}>
              Projector mode
            </button>
          </div>
        </div>
      )}
      {notice && <p className="error-text" role="alert">{notice}</p>}
      <QuizSetup decks={decks} onStart={(c, m) => void start(c, m)} />
      <h2>Past games</h2>
      <QuizReports reports={reports} />
    </div>
  );
}
