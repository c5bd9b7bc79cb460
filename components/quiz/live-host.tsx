'use client';
// The host's screen for a live game, made for a projector: join code, QR code, lobby, questions,
// reveal, leaderboard and podium. The server runs the game; this screen sends the host's commands.
import { useEffect, useState } from 'react';

import type { QuizReportRow } from '@/lib/db/rows';
import type { QuizReport } from '@/lib/quiz/report';
import type { QuizCard } from '@/lib/quiz/types';

import { Markdown } from '../markdown';
import { postJson, subscribe, type Listener } from './live-api';
import type { QuizChoice } from './quiz-setup';
import { StandingsList, type Ranked } from './standings-list';
import { toReportRow } from './to-report-row';

interface Created {
  gameId: string;
  code: string;
  hostToken: string;
  joinUrl: string;
  qrSvg: string;
}

interface HostView {
  phase: string;
  locked: boolean;
  players: { playerId: string; nickname: string; connected: boolean }[];
  question: { index: number; total: number; prompt: string; options: string[] | null; endsAt: number } | null;
  answered: number;
  expected: number;
  reveal: { correct: number; counts: number[]; answered: number; right: number } | null;
  top: Ranked[];
  teams: { name: string; score: number; rank: number }[];
}

const EMPTY: HostView = { phase: 'lobby', locked: false, players: [], question: null, answered: 0, expected: 0, reveal: null, top: [], teams: [] };

interface Props {
  cards: QuizCard[];
  choice: QuizChoice;
  onSave: (report: QuizReportRow) => Promise<void>;
  onUnreachable: (message: string) => void;
  onExit: () => void;
}

export function LiveHost({ cards, choice, onSave, onUnreachable, onExit }: Props) {
  const [game, setGame] = useState<Created | null>(null);
  const [view, setView] = useState<HostView>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState(true);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const { questionCount, secondsPerQuestion, scoring, streakBonus, teamCount } = choice;
    const settings = { questionCount, secondsPerQuestion, scoring, streakBonus, teamCount, previewSeconds: 3 };
    postJson<Created>('/api/games', { decks: choice.decks, cards, settings })
      .then((g) => !cancelled && setGame(g))
      .catch((e: Error) => !cancelled && onUnreachable(e.message));
    return () => {
      cancelled = true;
    };
  }, [cards, choice, onUnreachable]);

  useEffect(() => {
    if (!game) return;
    const merge = (patch: Partial<HostView>) => setView((v) => ({ ...v, ...patch }));
    const setPlayers = (edit: (list: HostView['players']) => HostView['players']) => setView((v) => ({ ...v, players: edit(v.players) }));
    const question: Listener = (d) =>
      merge({ question: { index: d.index as number, total: d.total as number, prompt: d.prompt as string, options: (d.options as string[]) ?? null, endsAt: d.endsAt as number }, reveal: null, answered: 0 });
    return subscribe(
      `/api/games/${game.gameId}/host/events?token=${encodeURIComponent(game.hostToken)}`,
      {
        snapshot: (d) => merge({ phase: d.phase as string, locked: d.locked as boolean, players: d.players as HostView['players'], question: (d.question as HostView['question']) ?? null, answered: (d.answered as number) ?? 0, expected: (d.expected as number) ?? 0, top: (d.top as Ranked[]) ?? [] }),
        'player-joined': (d) =>
          setPlayers((list) => [...list.filter((p) => p.playerId !== d.playerId), { playerId: d.playerId as string, nickname: d.nickname as string, connected: true }]),
        'player-left': (d) => setPlayers((list) => list.filter((p) => p.playerId !== d.playerId)),
        'player-connection': (d) => setPlayers((list) => list.map((p) => (p.playerId === d.playerId ? { ...p, connected: d.connected as boolean } : p))),
        'lobby-locked': (d) => merge({ locked: d.locked as boolean }),
        'game-started': () => merge({ phase: 'started' }),
        'question-preview': (d) => (question(d), merge({ phase: 'preview' })),
        'question-open': (d) => (question(d), merge({ phase: 'answering' })),
        'answer-count': (d) => merge({ answered: d.answered as number, expected: d.expected as number }),
        reveal: (d) => merge({ phase: 'reveal', reveal: { correct: d.correct as number, counts: d.counts as number[], answered: d.answered as number, right: d.right as number } }),
        'question-skipped': () => merge({ phase: 'reveal', reveal: null }),
        leaderboard: (d) => merge({ phase: 'leaderboard', top: d.top as Ranked[], teams: (d.teams as HostView['teams']) ?? [] }),
        podium: (d) => merge({ phase: 'podium', top: d.standings as Ranked[], teams: (d.teams as HostView['teams']) ?? [] }),
        expired: () => merge({ phase: 'expired' }),
      },
      setConnected,
    );
  }, [game]);

  useEffect(() => {
    if (!game || view.phase !== 'podium' || saved) return;
    fetch(`/api/games/${game.gameId}/report`, { headers: { Authorization: `Bearer ${game.hostToken}` } })
      .then((r) => r.json() as Promise<QuizReport & { createdAt: number }>)
      .then((report) => onSave(toReportRow(report, 'live', choice.decks, report.createdAt)))
      .then(() => setSaved(true))
      .catch(() => setError('The report could not be fetched from the server.'));
  }, [game, view.phase, saved, onSave, choice.decks]);

  const command = (type: string, extra: Record<string, unknown> = {}) => {
    if (!game) return;
    postJson(`/api/games/${game.gameId}/host`, { type, ...extra }, game.hostToken)
      .then(() => setError(null))
      .catch((e: Error) => setError(e.message));
  };

  if (!game) return <p className="muted">Creating the game…</p>;
  const q = view.question;
  return (
    <section className="stack quiz-stage projector" aria-labelledby="host-title">
      {!connected && <p className="banner banner-error" role="alert">Connection to the quiz server lost; reconnecting…</p>}
      {error && <p className="banner banner-error" role="alert">{error}</p>}
      {view.phase === 'lobby' && (
        <>
          <h2 id="host-title">
            Join at <span className="join-url">{game.joinUrl.replace(/\?.*$/, '')}</span> with code <span className="join-code">{game.code}</span>
          </h2>
          {/* The server draws the QR code; next/image adds nothing to a static SVG on our own origin. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img className="qr" src={`/api/games/${game.gameId}/qr.svg`} alt={`QR code for ${game.joinUrl}`} width={240} height={240} />
          <p aria-live="polite">
            {view.players.length} player{view.players.length === 1 ? '' : 's'} in the lobby{view.locked ? ' (locked)' : ''}.
          </p>
          <ul className="lobby" aria-label="Players">
            {view.players.map((p) => (
              <li key={p.playerId} className="row">
                {p.nickname}
                <button type="button" className="btn btn-small" onClick={() => command('kick', { playerId: p.playerId })}>
                  Remove<span className="sr-only"> {p.nickname}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" className="btn btn-primary" disabled={view.players.length === 0} onClick={() => command('start')}>
              Start the game
            </button>
            <button type="button" className="btn" onClick={() => command(view.locked ? 'unlock' : 'lock')}>
              {view.locked ? 'Unlock the lobby' : 'Lock the lobby'}
            </button>
          </div>
        </>
      )}
      {q && ['preview', 'answering', 'reveal'].includes(view.phase) && (
        <>
          <p className="muted flush">
            Question {q.index + 1} of {q.total}
          </p>
          <h2 id="host-title" className="quiz-prompt">
            <Markdown text={q.prompt} inline />
          </h2>
          {q.options && (
            <ol className="quiz-reveal">
              {q.options.map((o, i) => (
                <li key={o} className={view.reveal?.correct === i ? 'right' : ''}>
                  {view.reveal?.correct === i ? '✓ ' : ''}
                  <Markdown text={o} inline />
                  {view.reveal && <span className="muted"> ({view.reveal.counts[i] ?? 0})</span>}
                </li>
              ))}
            </ol>
          )}
          {view.phase === 'answering' && <p aria-live="polite">{view.answered} of {view.expected} answered</p>}
          {view.reveal && <p>{view.reveal.right} of {view.reveal.answered} answered right.</p>}
          <div className="row">
            {view.phase === 'reveal' ? (
              <button type="button" className="btn btn-primary" onClick={() => command('next')}>
                Leaderboard
              </button>
            ) : (
              <button type="button" className="btn" onClick={() => command('skip')}>
                Skip this question
              </button>
            )}
          </div>
        </>
      )}
      {view.phase === 'leaderboard' && (
        <>
          <h2 id="host-title">Leaderboard</h2>
          {view.teams.length > 0 && <StandingsList rows={view.teams.map((t) => ({ nickname: t.name, score: t.score, rank: t.rank }))} label="Teams" />}
          <StandingsList rows={view.top} label="Top five" />
          <button type="button" className="btn btn-primary" onClick={() => command('next')}>
            {q && q.index + 1 >= q.total ? 'Podium' : 'Next question'}
          </button>
        </>
      )}
      {view.phase === 'podium' && (
        <>
          <h2 id="host-title">Podium</h2>
          {view.teams.length > 0 && <StandingsList rows={view.teams.map((t) => ({ nickname: t.name, score: t.score, rank: t.rank }))} label="Teams" />}
          <StandingsList rows={view.top} label="Final standings" />
          <p role="status" className="muted">{saved ? 'Report saved on this device.' : 'Saving the report…'}</p>
          <button type="button" className="btn btn-primary" onClick={onExit}>
            Done
          </button>
        </>
      )}
      {view.phase === 'expired' && <p role="alert">This game has expired.</p>}
      {!['podium', 'expired'].includes(view.phase) && (
        <button type="button" className="btn btn-small self-start" onClick={() => command('end')}>
          End the game
        </button>
      )}
    </section>
  );
}
