'use client';
// The player's page: join with the code and a nickname, then one big tap per answer. The player
// token stays in sessionStorage, so a refresh or a dropped network rejoins with it (never by name).
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

import { Markdown } from '../markdown';
import { ApiError, postJson, subscribe } from './live-api';
import { StandingsList, type Ranked } from './standings-list';

const SESSION_KEY = 'cc-player';

interface Session {
  gameId: string;
  playerToken: string;
  nickname: string;
}

interface PlayerView {
  phase: string;
  question: { index: number; total: number; prompt: string; options: string[] | null } | null;
  locked: number | null;
  result: { correct: boolean; points: number; score: number; rank: number | null; option: number | null } | null;
  rightOption: number | null;
  you: { score: number; rank: number | null } | null;
  top: Ranked[];
}

const START: PlayerView = { phase: 'lobby', question: null, locked: null, result: null, rightOption: null, you: null, top: [] };

function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function PlayScreen() {
  const params = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [nickname, setNickname] = useState('');
  const [session, setSession] = useState<Session | null>(null);
  const [view, setView] = useState<PlayerView>(START);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState(true);

  // A refresh: rejoin with the stored token.
  useEffect(() => {
    const stored = readSession();
    if (!stored) return;
    postJson<{ gameId: string; nickname: string }>('/api/rejoin', { token: stored.playerToken })
      .then(() => setSession(stored))
      .catch((e: Error) => {
        sessionStorage.removeItem(SESSION_KEY);
        setError(e instanceof ApiError && e.status === 403 ? 'You were removed from that game.' : e.message);
      });
  }, []);

  useEffect(() => {
    if (!session) return;
    const merge = (patch: Partial<PlayerView>) => setView((v) => ({ ...v, ...patch }));
    return subscribe(
      `/api/games/${session.gameId}/events?token=${encodeURIComponent(session.playerToken)}`,
      {
        snapshot: (d) => {
          const q = d.question as (PlayerView['question'] & { correct?: number }) | null;
          merge({ phase: d.phase as string, question: q, locked: (d.yourAnswer as number | null) ?? null, you: d.you as PlayerView['you'], top: (d.top as Ranked[]) ?? [], rightOption: q?.correct ?? null });
        },
        'game-started': () => merge({ phase: 'started' }),
        'question-preview': (d) => merge({ phase: 'preview', question: { index: d.index as number, total: d.total as number, prompt: d.prompt as string, options: null }, locked: null, result: null, rightOption: null }),
        'question-open': (d) =>
          merge({ phase: 'answering', question: { index: d.index as number, total: d.total as number, prompt: d.prompt as string, options: d.options as string[] }, locked: null, result: null, rightOption: null }),
        'answer-locked': (d) => merge({ locked: d.option as number }),
        reveal: (d) => {
          const you = d.you as PlayerView['result'] | null;
          merge({ phase: 'reveal', rightOption: d.correct as number, result: you, you: you ? { score: you.score, rank: you.rank } : null });
        },
        'question-skipped': () => merge({ phase: 'skipped' }),
        leaderboard: (d) => merge({ phase: 'leaderboard', top: d.top as Ranked[], you: d.you as PlayerView['you'] }),
        podium: (d) => merge({ phase: 'podium', top: d.top as Ranked[], you: d.you as PlayerView['you'] }),
        removed: () => {
          sessionStorage.removeItem(SESSION_KEY);
          merge({ phase: 'removed' });
        },
        expired: () => merge({ phase: 'expired' }),
      },
      setConnected,
    );
  }, [session]);

  const join = () => {
    postJson<Session & { playerId: string }>('/api/join', { code: code.trim(), nickname })
      .then((s) => {
        const kept = { gameId: s.gameId, playerToken: s.playerToken, nickname: s.nickname };
        sessionStorage.setItem(SESSION_KEY, JSON.stringify(kept));
        setError(null);
        setSession(kept);
      })
      .catch((e: Error) => setError(e.message));
  };

  const answer = (option: number) => {
    if (!session || !view.question) return;
    postJson('/api/games/' + session.gameId + '/answer', { index: view.question.index, option }, session.playerToken)
      .then(() => setView((v) => ({ ...v, locked: option })))
      .catch((e: Error) => setError(e.message));
  };

  if (!session) {
    return (
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          join();
        }}
      >
        <div className="field">
          <label htmlFor="join-code">Game code</label>
          <input id="join-code" inputMode="numeric" autoComplete="off" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="join-name">Nickname</label>
          <input id="join-name" autoComplete="nickname" maxLength={40} value={nickname} onChange={(e) => setNickname(e.target.value)} />
        </div>
        {error && <p className="error-text" role="alert">{error}</p>}
        <button type="submit" className="btn btn-primary">
          Join the game
        </button>
      </form>
    );
  }

  const q = view.question;
  return (
    <section className="stack" aria-labelledby="play-title">
      <p className="muted flush">
        Playing as <strong>{session.nickname}</strong>
        {view.you ? ` · ${view.you.score} points${view.you.rank ? ` · rank ${view.you.rank}` : ''}` : ''}
      </p>
      {!connected && <p className="banner" role="status">Reconnecting…</p>}
      {error && <p className="error-text" role="alert">{error}</p>}
      {(view.phase === 'lobby' || view.phase === 'started') && <h2 id="play-title">You’re in. Waiting for the host to start…</h2>}
      {q && (view.phase === 'preview' || view.phase === 'answering' || view.phase === 'reveal') && (
        <>
          <p className="muted flush">
            Question {q.index + 1} of {q.total}
          </p>
          <h2 id="play-title">
            <Markdown text={q.prompt} inline />
          </h2>
          {q.options && (
            <div className="quiz-options" role="group" aria-label="Answers">
              {q.options.map((o, i) => (
                <button
                  key={o}
                  type="button"
                  className={`btn quiz-option${view.rightOption === i ? ' right' : ''}${view.locked === i ? ' picked' : ''}`}
                  aria-pressed={view.locked === i}
                  disabled={view.phase !== 'answering' || view.locked !== null}
                  onClick={() => answer(i)}
                >
                  <Markdown text={o} inline />
                </button>
              ))}
            </div>
          )}
          {view.phase === 'answering' && view.locked !== null && <p role="status">Answer locked. Wait for the reveal…</p>}
          {view.phase === 'reveal' && (
            <p role="status" className="quiz-result">
              {view.result?.option === null || !view.result ? 'No answer this time.' : view.result.correct ? `Right! +${view.result.points} points` : 'Wrong this time.'}
              {view.you?.rank ? ` You are number ${view.you.rank}.` : ''}
            </p>
          )}
        </>
      )}
      {view.phase === 'skipped' && <h2 id="play-title">The host skipped this question.</h2>}
      {(view.phase === 'leaderboard' || view.phase === 'podium') && (
        <>
          <h2 id="play-title">{view.phase === 'podium' ? 'Podium' : 'Leaderboard'}</h2>
          <StandingsList rows={view.top} label={view.phase === 'podium' ? 'Final standings' : 'Top five'} />
          {view.you && <p>You: {view.you.score} points, rank {view.you.rank ?? '–'}.</p>}
        </>
      )}
      {view.phase === 'removed' && <h2 id="play-title">The host removed you from this game.</h2>}
      {view.phase === 'expired' && <h2 id="play-title">This game has ended.</h2>}
    </section>
  );
}
