'use client';
// /play: join a live game with its code and a nickname, then play it on this phone. The player
// token stays in sessionStorage, so a refresh or a dropped network rejoins with it.
import { useSearchParams } from 'next/navigation';
import { useEffect, useReducer, useState } from 'react';

import { JoinForm } from './join-form';
import { joinErrorMessage } from './join-messages';
import { ApiError, openStream, postJson, type StreamStatus } from './live-api';
import { PlayerGame } from './player-game';
import { INITIAL_PLAYER_VIEW, PLAYER_EVENTS, playerReducer, type PlayerView } from './player-view';
import styles from './quiz.module.css';
import { playerSession, type PlayerSession } from './sessions';
import { useWakeLock } from './use-wake-lock';

const reduce = (view: PlayerView, e: { name: string; data: Record<string, unknown>; at: number } | 'reset') =>
  e === 'reset' ? INITIAL_PLAYER_VIEW : playerReducer(view, e.name, e.data, e.at);

function leftMessage(e: unknown): string {
  if (e instanceof ApiError && e.status === 403) return 'The host removed you from that game.';
  if (e instanceof ApiError && e.status === 401) return 'That game has ended.';
  return e instanceof Error ? e.message : String(e);
}

export function PlayScreen() {
  const params = useSearchParams();
  const stored = playerSession.useValue();
  const [session, setSession] = useState<PlayerSession | null>(null);
  const [view, dispatch] = useReducer(reduce, INITIAL_PLAYER_VIEW);
  const [status, setStatus] = useState<StreamStatus>('open');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useWakeLock(session !== null && view.phase !== 'podium' && view.phase !== 'removed' && view.phase !== 'expired');

  // A refresh: rejoin with the stored token (retried while the server cannot be reached).
  useEffect(() => {
    if (!stored || session) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    postJson('/api/rejoin', { token: stored.playerToken }).then(
      () => setSession(stored),
      (e: unknown) => {
        if (e instanceof ApiError && e.status === 0) {
          setError(e.message);
          timer = setTimeout(() => setAttempt((n) => n + 1), 3000);
          return;
        }
        playerSession.clear();
        setError(leftMessage(e));
      },
    );
    return () => clearTimeout(timer);
  }, [stored, session, attempt]);

  useEffect(() => {
    if (!session) return;
    return openStream(`/api/games/${session.gameId}/events?token=${encodeURIComponent(session.playerToken)}`, {
      events: PLAYER_EVENTS,
      onEvent: (name, data, at) => {
        if (name === 'removed' || name === 'expired') playerSession.clear();
        // A refusal of the last answer ("too late") means nothing once the next question is up.
        if (name === 'question-preview' || name === 'question-open') setError(null);
        dispatch({ name, data, at });
      },
      onStatus: (s) => {
        setStatus(s);
        if (s === 'open') setError(null);
        if (s === 'gone') playerSession.clear();
      },
      terminal: ['removed', 'expired'],
      stillValid: () =>
        postJson('/api/rejoin', { token: session.playerToken }).then(
          () => true,
          (e: unknown) => !(e instanceof ApiError) || e.status === 0,
        ),
    });
  }, [session]);

  const join = (code: string, nickname: string) => {
    setBusy(true);
    postJson<PlayerSession & { playerId: string }>('/api/join', { code, nickname })
      .then((s) => {
        const kept = { gameId: s.gameId, playerToken: s.playerToken, nickname: s.nickname };
        setError(null);
        dispatch('reset');
        setSession(kept);
        playerSession.save(kept);
      })
      .catch((e: unknown) => setError(joinErrorMessage(e, code, nickname)))
      .finally(() => setBusy(false));
  };

  const answer = (option: number) => {
    if (!session || !view.question) return;
    postJson(`/api/games/${session.gameId}/answer`, { index: view.question.index, option }, session.playerToken).then(
      () => dispatch({ name: 'answer-locked', data: { option }, at: Date.now() }),
      (e: Error) => setError(e.message),
    );
  };

  const leave = () => {
    if (!session || !window.confirm('Leave this game? Your score stays on the host’s screen only until the game ends.')) return;
    void postJson(`/api/games/${session.gameId}/leave`, {}, session.playerToken).catch(() => undefined);
    playerSession.clear();
    setSession(null);
    dispatch('reset');
  };

  const restart = () => {
    playerSession.clear();
    setSession(null);
    setError(null);
    dispatch('reset');
  };

  if (!session) {
    if (stored && !error) return <p className="muted">Rejoining your game…</p>;
    return <JoinForm initialCode={params.get('code') ?? ''} error={error} busy={busy} onJoin={join} />;
  }
  const finished = view.phase === 'removed' || view.phase === 'expired' || status === 'gone';
  return (
    <section className={styles.stage} aria-labelledby="play-title">
      <p className={styles.meta}>
        Playing as <strong>{session.nickname}</strong>
        {view.team !== null ? ` · Team ${view.team + 1}` : ''}
        {view.you ? ` · ${view.you.score} points${view.you.rank ? ` · rank ${view.you.rank}` : ''}` : ''}
      </p>
      {status === 'reconnecting' && !finished && (
        <p className="banner flush" role="status">
          Reconnecting… your place and score are kept.
        </p>
      )}
      {error && (
        <p className="error-text flush" role="alert">
          {error}
        </p>
      )}
      {finished ? (
        <>
          <h2 id="play-title">{view.phase === 'removed' ? 'The host removed you from this game.' : 'This game has ended.'}</h2>
          <button type="button" className="btn btn-primary self-start" onClick={restart}>
            Join another game
          </button>
        </>
      ) : (
        <PlayerGame view={view} nickname={session.nickname} onAnswer={answer} />
      )}
      {!finished && view.phase !== 'podium' && (
        <button type="button" className={`btn btn-small self-start ${styles.footer}`} onClick={leave}>
          Leave the game
        </button>
      )}
      {view.phase === 'podium' && (
        <button type="button" className="btn self-start" onClick={restart}>
          Join another game
        </button>
      )}
    </section>
  );
}
