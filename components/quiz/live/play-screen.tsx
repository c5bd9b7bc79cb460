'use client';
// /play: join a live game with its code and a nickname, then play it on this phone. The player
// token stays in sessionStorage, so a refresh or a dropped network rejoins with it. While the game
// runs (until the player leaves it or its podium) it has the whole screen: no tab bar, its own
// heading, and a way out that asks first.
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useReducer, useState } from 'react';

import type { AnswerResponse } from '@/lib/quiz/types';
import { ApiError, joinGame, leaveGame, openPlayerStream, rejoinGame, sendAnswer, type StreamStatus } from '@/lib/quiz/live-client';
import type { PlayerEvent } from '@/lib/quiz/protocol';

import { ConfirmDialog } from '../../confirm-dialog';
import { useFocusScreen } from '../../focus-screen';
import styles from '../shared/quiz.module.css';
import { SoundToggle } from '../shared/sound-toggle';
import { useWakeLock } from '../shared/use-wake-lock';
import { saveChallenge, savedFromJoin } from './challenge-store';
import { playerDeviceId } from './device-id';
import { JoinForm } from './join-form';
import { joinErrorMessage } from './join-messages';
import { PlayerGame } from './player-game';
import { PlayerMisses } from './player-misses';
import { INITIAL_PLAYER_VIEW, lockAnswer, playerReducer, type PlayerView } from './player-view';
import { playerSession, type PlayerSession } from './sessions';

type Action = { event: PlayerEvent; receivedAt: number } | { locked: number } | 'reset';

const reduce = (view: PlayerView, a: Action) =>
  a === 'reset' ? INITIAL_PLAYER_VIEW : 'locked' in a ? lockAnswer(view, a.locked) : playerReducer(view, a.event, a.receivedAt);

function leftMessage(e: unknown): string {
  if (e instanceof ApiError && e.status === 403) return 'The host removed you from that game.';
  if (e instanceof ApiError && e.status === 401) return 'That game has ended.';
  return e instanceof Error ? e.message : String(e);
}

const FINISHED = {
  removed: 'The host removed you from this game.',
  replaced: 'You are playing this game in another tab or on another device.',
  ended: 'This game has ended.',
};

const gameTitle = (code: string | undefined) => (code ? `Quiz game ${code.slice(0, 3)} ${code.slice(3)}` : 'Quiz game');

export function PlayScreen() {
  const params = useSearchParams();
  const router = useRouter();
  const stored = playerSession.useValue();
  const [session, setSession] = useState<PlayerSession | null>(null);
  const [view, dispatch] = useReducer(reduce, INITIAL_PLAYER_VIEW);
  const [status, setStatus] = useState<StreamStatus>('open');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  /** The rejoin after a refresh could not reach the server: offline, it keeps trying. */
  const [unreachable, setUnreachable] = useState(false);
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const finished = view.phase === 'removed' || view.phase === 'expired' || view.phase === 'replaced' || status === 'gone';
  useWakeLock(session !== null && !finished && view.phase !== 'podium');
  const rejoining = !session && stored !== null && !error;
  // At the podium the app comes back (tab bar and all): the player may go study their misses.
  useFocusScreen((session !== null && !finished && view.phase !== 'podium') || rejoining);

  // A refresh: rejoin with the stored token (retried while the server cannot be reached).
  useEffect(() => {
    if (!stored || session) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Back online: try again at once rather than at the next retry.
    const retry = () => setAttempt((n) => n + 1);
    window.addEventListener('online', retry);
    rejoinGame(stored.playerToken).then(
      () => {
        setUnreachable(false);
        setSession(stored);
      },
      (e: unknown) => {
        if (e instanceof ApiError && e.status === 0) {
          setUnreachable(true);
          timer = setTimeout(retry, 3000);
          return;
        }
        playerSession.clear();
        setUnreachable(false);
        setError(leftMessage(e));
      },
    );
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', retry);
    };
  }, [stored, session, attempt]);

  useEffect(() => {
    if (!session) return;
    return openPlayerStream(session.gameId, session.playerToken, {
      onEvent: (event, receivedAt) => {
        if (event.name === 'removed' || event.name === 'expired') playerSession.clear();
        // A refusal of the last answer ("too late") means nothing once the next question is up.
        if (event.name === 'question-preview' || event.name === 'question-open') setError(null);
        dispatch({ event, receivedAt });
      },
      onStatus: (s) => {
        setStatus(s);
        if (s === 'open') setError(null);
        if (s === 'gone') playerSession.clear();
      },
    });
  }, [session]);

  const join = (code: string, nickname: string) => {
    setBusy(true);
    joinGame(code, nickname, playerDeviceId())
      .then((s) => {
        // A challenge's code typed here: its own screen plays it, with this join.
        if (s.mode === 'challenge') {
          saveChallenge(savedFromJoin(code, s));
          router.push(`/play/challenge?code=${code}`);
          return;
        }
        const kept = { gameId: s.gameId, playerToken: s.playerToken, nickname: s.nickname, code };
        setError(null);
        dispatch('reset');
        setSession(kept);
        playerSession.save(kept);
      })
      .catch((e: unknown) => setError(joinErrorMessage(e, code, nickname)))
      .finally(() => setBusy(false));
  };

  const answer = (response: AnswerResponse) => {
    if (!session || !view.question) return;
    sendAnswer(session.gameId, session.playerToken, view.question.index, response).then(
      (accepted) => dispatch({ locked: 'option' in accepted ? accepted.option : -1 }),
      (e: Error) => setError(e.message),
    );
  };

  const leave = () => {
    setConfirmingLeave(false);
    if (!session) return;
    void leaveGame(session.gameId, session.playerToken).catch(() => undefined);
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
    return (
      <>
        <h1>{rejoining ? gameTitle(stored?.code) : 'Join a quiz'}</h1>
        {rejoining && unreachable ? (
          <p className="banner flush" role="status">
            <strong>{navigator.onLine ? 'The quiz server cannot be reached.' : 'You are offline.'}</strong> This phone rejoins your game by
            itself once it reaches the server again; your place and score are kept.
          </p>
        ) : rejoining ? (
          <p className="muted">Rejoining your game…</p>
        ) : (
          <JoinForm initialCode={params.get('code') ?? ''} error={error} busy={busy} onJoin={join} />
        )}
      </>
    );
  }
  return (
    <section className={styles.stage} aria-labelledby="play-title">
      <h1 className="flush">{gameTitle(session.code)}</h1>
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
          <h2 id="play-title">{FINISHED[view.phase === 'removed' || view.phase === 'replaced' ? view.phase : 'ended']}</h2>
          <button type="button" className="btn btn-primary self-start" onClick={restart}>
            Join another game
          </button>
        </>
      ) : (
        <PlayerGame view={view} nickname={session.nickname} onAnswer={answer} />
      )}
      {!finished && <SoundToggle />}
      {!finished && view.phase !== 'podium' && (
        <button type="button" className={`btn btn-small self-start ${styles.footer}`} onClick={() => setConfirmingLeave(true)}>
          Leave game
        </button>
      )}
      {confirmingLeave && (
        <ConfirmDialog
          title="Leave this game?"
          description="You drop out of the rankings; joining again starts you at 0 points."
          confirmLabel="Leave"
          cancelLabel="Stay in the game"
          onConfirm={leave}
          onCancel={() => setConfirmingLeave(false)}
        />
      )}
      {view.phase === 'podium' && <PlayerMisses gameId={session.gameId} playerToken={session.playerToken} />}
      {view.phase === 'podium' && (
        <button type="button" className="btn self-start" onClick={restart}>
          Join another game
        </button>
      )}
    </section>
  );
}
