'use client';
// The host's screen for a live game, made for a projector: how to join, the lobby, each question
// with its timer, the reveal, the leaderboard and the podium. The server runs the game (and its
// clock); this screen sends the host's commands and shows the host's event stream.
import { useEffect, useReducer, useRef, useState } from 'react';

import type { QuizReportRow } from '@/lib/db/rows';
import { createGame, fetchReport, openHostStream, sendHostCommand, type StreamStatus } from '@/lib/quiz/live-client';
import { teachingOf, type HostCommand, type HostEvent } from '@/lib/quiz/protocol';
import type { QuizCard } from '@/lib/quiz/types';

import type { QuizChoice } from '../quiz-setup';
import { Countdown } from '../shared/countdown';
import { PodiumScreen } from '../shared/podium-screen';
import { QuestionBoard } from '../shared/question-board';
import { Pictured, QuestionHeading, QuestionPicture } from '../shared/question-view';
import { RevealTeaching } from '../shared/reveal-teaching';
import styles from '../shared/quiz.module.css';
import setup from '../shared/setup.module.css';
import { StandingsList, teamRows } from '../shared/standings-list';
import { toReportRow } from '../shared/to-report-row';
import { useGameSounds } from '../shared/quiz-sound';
import { SoundToggle } from '../shared/sound-toggle';
import { useWakeLock } from '../shared/use-wake-lock';
import { PlayerChips, HostLobby } from './host-lobby';
import { hostReducer, INITIAL_HOST_VIEW, type HostView } from './host-view';
import { hostSession, type HostSession } from './sessions';

interface Props {
  /** A new game from these cards and rules, or the game this tab was hosting before a refresh. */
  start: { cards: QuizCard[]; choice: QuizChoice } | { resume: HostSession };
  onSave: (report: QuizReportRow) => Promise<void>;
  onUnreachable: (message: string) => void;
  onExit: () => void;
}

const reduce = (view: HostView, e: { event: HostEvent; receivedAt: number }) => hostReducer(view, e.event, e.receivedAt);

export function LiveHost({ start, onSave, onUnreachable, onExit }: Props) {
  const [game, setGame] = useState<HostSession | null>('resume' in start ? start.resume : null);
  const [view, dispatch] = useReducer(reduce, INITIAL_HOST_VIEW);
  const [status, setStatus] = useState<StreamStatus>('open');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<'saving' | 'saved' | 'failed'>('resume' in start && start.resume.reportSaved ? 'saved' : 'saving');
  useWakeLock(game !== null && view.phase !== 'podium' && view.phase !== 'expired' && view.phase !== 'replaced');
  useGameSounds(view.phase, view.question?.index ?? null, view.phase === 'answering' ? (view.question?.deadline ?? null) : null);

  useEffect(() => {
    if (!('cards' in start)) return;
    let cancelled = false;
    const { choice, cards } = start;
    const { questionCount, secondsPerQuestion, scoring, streakBonus, teamCount, previewSeconds, timer, reducedMotion } = choice;
    const settings = { questionCount, secondsPerQuestion, scoring, streakBonus, teamCount, previewSeconds, timer, reducedMotion };
    createGame({ decks: choice.decks, cards, settings }).then(
      (created) => {
        if (cancelled) return;
        const session = {
          gameId: created.gameId,
          code: created.code,
          hostToken: created.hostToken,
          joinUrl: created.joinUrl,
          decks: choice.decks,
          secondsPerQuestion,
        };
        hostSession.save(session);
        setGame(session);
      },
      (e: Error) => !cancelled && onUnreachable(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [start, onUnreachable]);

  useEffect(() => {
    if (!game) return;
    return openHostStream(game.gameId, game.hostToken, {
      onEvent: (event, receivedAt) => dispatch({ event, receivedAt }),
      onStatus: setStatus,
    });
  }, [game]);

  const saving = useRef(false);
  useEffect(() => {
    if (!game || view.phase !== 'podium' || game.reportSaved || saving.current) return;
    saving.current = true;
    fetchReport(game.gameId, game.hostToken)
      .then((report) => onSave(toReportRow(report, 'live', game.decks, report.createdAt)))
      .then(
        () => {
          hostSession.save({ ...game, reportSaved: true });
          setSaved('saved');
        },
        () => setSaved('failed'),
      );
  }, [game, view.phase, onSave]);

  const command = (body: HostCommand) => {
    if (!game) return;
    sendHostCommand(game.gameId, game.hostToken, body).then(
      () => setError(null),
      (e: Error) => setError(e.message),
    );
  };
  const end = () => {
    if (window.confirm('End the game now and go to the podium?')) command({ type: 'end' });
  };

  if (!game) return <p className="muted">Creating the game…</p>;
  const over = view.phase === 'expired' || view.phase === 'replaced' || status === 'gone';
  if (view.phase === 'podium') {
    return <PodiumScreen rows={view.standings} teams={view.teams} saved={saved} onDone={onExit} />;
  }
  const q = view.question;
  const isLast = q !== null && q.index + 1 >= q.total;
  return (
    <section className={`${styles.stage} ${styles.projector}`} aria-labelledby="host-title">
      {status === 'reconnecting' && !over && (
        <p className="banner banner-error flush" role="alert">
          Connection to the quiz server lost; reconnecting…
        </p>
      )}
      {error && (
        <p className="banner banner-error flush" role="alert">
          {error}
        </p>
      )}
      {over && (
        <>
          {view.phase === 'replaced' ? (
            <h2 id="host-title">This game is now hosted from another tab or device.</h2>
          ) : (
            <>
              <h2 id="host-title">This game is no longer on the server.</h2>
              <p className="flush">Games end three hours after they start, or when the server restarts.</p>
            </>
          )}
          <button type="button" className="btn btn-primary self-start" onClick={onExit}>
            Back to the quiz setup
          </button>
        </>
      )}
      {view.phase === 'connecting' && status !== 'gone' && (
        <h2 id="host-title" className="muted">
          Connecting to game {game.code}…
        </h2>
      )}
      {view.phase === 'lobby' && (
        <HostLobby
          gameId={game.gameId}
          hostToken={game.hostToken}
          code={game.code}
          joinUrl={game.joinUrl}
          players={view.players}
          locked={view.locked}
          onKick={(playerId) => command({ type: 'kick', playerId })}
          onExtend={(playerId, seconds) => command({ type: 'extend', playerId, seconds })}
          onLock={(locked) => command({ type: locked ? 'lock' : 'unlock' })}
          onStart={() => command({ type: 'start' })}
        />
      )}
      {q && (view.phase === 'preview' || view.phase === 'answering' || view.phase === 'reveal' || view.phase === 'skipped') && (
        <>
          <QuestionHeading id="host-title" index={q.index} total={q.total} prompt={q.prompt} />
          {view.phase === 'preview' && <p className={styles.result}>Get ready: the options open in a moment…</p>}
          {view.phase === 'answering' && q.deadline !== null && (
            <Countdown key={q.index} deadline={q.deadline} totalSeconds={game.secondsPerQuestion} />
          )}
          <Pictured
            picture={
              q.options &&
              q.diagram && (
                <QuestionPicture diagram={q.diagram} correct={view.reveal?.correct ?? null} counts={view.reveal?.counts ?? null} />
              )
            }
          >
            {q.options && <QuestionBoard kind={q.kind} options={q.options} reveal={view.reveal} />}
            {view.phase === 'answering' && q.kind === 'typed' && <p className="flush">Players type the command on their phones.</p>}
            {view.phase === 'answering' && q.kind === 'order' && (
              <p className="flush">Players put these steps in order on their phones; a partly right order earns part of the points.</p>
            )}
            {view.phase === 'answering' && (
              <p className={styles.result}>
                {view.answered} of {view.expected} answered
              </p>
            )}
            {view.phase === 'reveal' && view.reveal && (
              <>
                <p className={styles.result}>
                  {view.reveal.right} of {view.reveal.answered} answered right.
                </p>
                <RevealTeaching {...teachingOf(view.reveal)} />
              </>
            )}
          </Pictured>
          <div className="row">
            {view.phase === 'reveal' ? (
              <button type="button" className="btn btn-primary" onClick={() => command({ type: 'next' })}>
                Leaderboard
              </button>
            ) : (
              <>
                {view.phase === 'answering' && (
                  <button type="button" className="btn btn-primary" onClick={() => command({ type: 'next' })}>
                    Reveal now
                  </button>
                )}
                <button type="button" className="btn" onClick={() => command({ type: 'skip' })} disabled={view.phase !== 'answering'}>
                  Skip this question
                </button>
              </>
            )}
          </div>
        </>
      )}
      {view.phase === 'leaderboard' && (
        <>
          <p className={styles.meta}>{q ? `After question ${q.index + 1} of ${q.total}` : ''}</p>
          <h2 id="host-title">Leaderboard</h2>
          {view.teams.length > 0 && <StandingsList rows={teamRows(view.teams)} label="Teams" />}
          <StandingsList rows={view.top} label="Top five" />
          <button type="button" className="btn btn-primary self-start" onClick={() => command({ type: 'next' })}>
            {isLast ? 'Podium' : 'Next question'}
          </button>
        </>
      )}
      {!over && view.phase !== 'connecting' && (
        <div className="row">
          {view.phase !== 'lobby' && (
            <details className={setup.disclosure}>
              <summary>Players ({view.players.length})</summary>
              <PlayerChips
                players={view.players}
                onKick={(playerId) => command({ type: 'kick', playerId })}
                onExtend={(playerId, seconds) => command({ type: 'extend', playerId, seconds })}
              />
            </details>
          )}
          <button type="button" className="btn btn-small" onClick={end}>
            End the game
          </button>
          <SoundToggle />
        </div>
      )}
    </section>
  );
}
