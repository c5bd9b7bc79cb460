'use client';
// The host's challenge: published as a link and QR code with a deadline; players play it alone on their
// phones. The screen shows each player's progress as their answers arrive (the host's event stream, then
// the report) and the same report as a live game. Kept in this browser (localStorage) so the host can
// come back to it until the server forgets it, 30 minutes after the deadline.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';

import { createChallenge, fetchReport, openHostStream, qrCodeUrl, sendHostCommand } from '@/lib/quiz/live-client';
import type { GameReport } from '@/lib/quiz/protocol';
import type { QuizCard } from '@/lib/quiz/types';

import lobbyStyles from '../shared/lobby.module.css';
import type { QuizChoice } from '../quiz-setup';
import { counted } from '@/lib/text/counted';

export interface ChallengeSession {
  gameId: string;
  code: string;
  hostToken: string;
  joinUrl: string;
  deadline: number;
}

const KEY = 'cc-host-challenge';

/** The stored session's JSON while the server still keeps it (30 minutes past its deadline), else null. */
const readRaw = () => {
  try {
    const raw = localStorage.getItem(KEY);
    const deadline = raw === null ? 0 : Number((JSON.parse(raw) as Partial<ChallengeSession>).deadline);
    return deadline + 30 * 60_000 > Date.now() ? raw : null;
  } catch {
    return null;
  }
};
const noSubscription = () => () => undefined;

/** The challenge this browser published, while the server still keeps it (30 minutes past its deadline). */
export function useStoredHostChallenge(): ChallengeSession | null {
  const raw = useSyncExternalStore(noSubscription, readRaw, () => null);
  return useMemo(() => {
    try {
      return raw === null ? null : (JSON.parse(raw) as ChallengeSession);
    } catch {
      return null;
    }
  }, [raw]);
}

function keepHostChallenge(session: ChallengeSession | null): void {
  try {
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the challenge runs; this browser cannot come back to it after a refresh.
  }
}

interface Props {
  start: { cards: QuizCard[]; choice: QuizChoice } | { resume: ChallengeSession };
  onExit: () => void;
}

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ChallengeHost({ start, onExit }: Props) {
  const [session, setSession] = useState<ChallengeSession | null>('resume' in start ? start.resume : null);
  const [report, setReport] = useState<GameReport | null>(null);
  /** When the report was fetched, to tell whether the deadline had passed then. */
  const [reportAt, setReportAt] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!('cards' in start)) return;
    let cancelled = false;
    const { choice, cards } = start;
    createChallenge({
      decks: choice.decks,
      cards,
      settings: { questionCount: choice.questionCount, streakBonus: choice.streakBonus, reducedMotion: choice.reducedMotion },
      deadline: Date.now() + choice.challengeHours * 60 * 60_000,
    }).then(
      (created) => {
        if (cancelled) return;
        const kept = {
          gameId: created.gameId,
          code: created.code,
          hostToken: created.hostToken,
          joinUrl: created.joinUrl,
          deadline: created.deadline,
        };
        keepHostChallenge(kept);
        setSession(kept);
      },
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [start]);

  // Results as they arrive: each event from the host's stream refreshes the report (at most once a second).
  useEffect(() => {
    if (!session) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let due = false;
    const refresh = () => {
      if (timer !== undefined) {
        due = true;
        return;
      }
      fetchReport(session.gameId, session.hostToken).then(
        (r) => {
          setReport(r);
          setReportAt(Date.now());
          setError(null);
        },
        (e: Error) => setError(e.message),
      );
      timer = setTimeout(() => {
        timer = undefined;
        if (due) {
          due = false;
          refresh();
        }
      }, 1000);
    };
    const close = openHostStream(session.gameId, session.hostToken, { onEvent: () => refresh() });
    return () => {
      close();
      clearTimeout(timer);
    };
  }, [session]);

  if (!session) {
    return error ? (
      <div className="stack">
        <p className="banner banner-error flush" role="alert">
          No challenge: {error}
        </p>
        <button type="button" className="btn self-start" onClick={onExit}>
          Back to the quiz setup
        </button>
      </div>
    ) : (
      <p className="muted" role="status">
        Publishing the challenge…
      </p>
    );
  }

  const spaced = `${session.code.slice(0, 3)} ${session.code.slice(3)}`;
  const total = report?.questions.length ?? 0;
  const open = report?.phase === 'challenge' && reportAt <= session.deadline;
  return (
    <div className="stack">
      <h2 id="challenge-title">Challenge {spaced}</h2>
      <div className={lobbyStyles.join}>
        {/* The server draws the QR code; next/image adds nothing to an SVG from our own origin. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img className={lobbyStyles.qr} src={qrCodeUrl(session.gameId)} alt={`QR code for ${session.joinUrl}`} width={280} height={280} />
        <div className="stack">
          <p className="flush">
            Players open <a href={session.joinUrl}>{session.joinUrl}</a> on their phones and play alone, at their own pace.
          </p>
          <p className="flush">
            {open ? 'Open until' : 'Closed at'} <time dateTime={new Date(session.deadline).toISOString()}>{when(session.deadline)}</time>.
          </p>
        </div>
      </div>
      {error && (
        <p className="error-text flush" role="alert">
          {error}
        </p>
      )}
      <h3>Results</h3>
      <p className="flush" aria-live="polite">
        {report === null
          ? 'Loading…'
          : `${counted(report.players.length, 'player')}; ${report.players.filter((p) => p.answered === total).length} finished.`}
      </p>
      {report && report.players.length > 0 && (
        <table className="table">
          <caption className="sr-only">Players</caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Player</th>
              <th scope="col">Answered</th>
              <th scope="col">Right</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {[...report.players]
              .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
              .map((p) => (
                <tr key={p.playerId}>
                  <td>{p.rank ?? '–'}</td>
                  <td>{p.nickname}</td>
                  <td>
                    {p.answered} of {total}
                  </td>
                  <td>{p.right}</td>
                  <td>{p.score}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      {report && report.players.length > 0 && (
        <table className="table">
          <caption className="sr-only">Questions</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Answered</th>
              <th scope="col">Right</th>
            </tr>
          </thead>
          <tbody>
            {report.questions.map((q) => (
              <tr key={q.index}>
                <td>{q.prompt}</td>
                <td>{q.answered}</td>
                <td>{q.answered === 0 ? '–' : `${Math.round((q.right / q.answered) * 100)} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row">
        {open && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              if (window.confirm('Close the challenge now? No more answers will be taken.'))
                void sendHostCommand(session.gameId, session.hostToken, { type: 'end' }).catch((e: Error) => setError(e.message));
            }}
          >
            Close the challenge now
          </button>
        )}
        <button
          type="button"
          className="btn"
          onClick={() => {
            keepHostChallenge(null);
            onExit();
          }}
        >
          Done with this challenge
        </button>
      </div>
    </div>
  );
}
