'use client';
// /play/challenge: a challenge played alone, at one's own pace, on this phone. Joining fetches the
// questions one at a time (never their answers) and keeps them here, so the rest plays offline. Each
// answer is queued on the phone and sent in order; the server records it and only then returns the
// right answer. Offline, answers wait in the queue and go out when the phone is back online (or the
// screen is opened again); an answer that arrives after the deadline is refused by the server. Once
// every answer is sent, the player can add the questions they missed to their own study.
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';

import { ApiError, fetchChallengeProgress, fetchChallengeQuestion, joinGame, sendChallengeAnswer } from '@/lib/quiz/live-client';

import { useFocusScreen } from '../../focus-screen';
import { Markdown } from '../../markdown';
import { ChoiceAnswer, OrderAnswer, RightAnswer, TypedAnswer } from '../shared/answer-inputs';
import { QuestionHeading, QuestionPicture } from '../shared/question-view';
import styles from '../shared/quiz.module.css';
import {
  forgetChallenge,
  loadChallenge,
  nextQuestion,
  saveChallenge,
  savedFromJoin,
  type ChallengeOutcome,
  type ChallengeQuestion,
  type ChallengeResponse,
  type SavedChallenge,
} from './challenge-store';
import { JoinForm } from './join-form';
import { PlayerMisses } from './player-misses';
import { joinErrorMessage } from './join-messages';
import { counted } from '@/lib/text/counted';

const offline = (e: unknown) => e instanceof ApiError && (e.status === 0 || e.status === 503);
const deadlineText = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Fetches what is missing: the progress once, then each question not yet on this phone, one at a time. */
async function fetchQuestions(saved: SavedChallenge, onStep: (next: SavedChallenge) => void): Promise<SavedChallenge> {
  let current = saved;
  if (current.total === 0) {
    const progress = await fetchChallengeProgress(saved.gameId, saved.playerToken);
    const outcomes: Record<number, ChallengeOutcome> = {};
    for (const a of progress.answers) outcomes[a.index] = a;
    current = { ...current, total: progress.total, deadline: progress.deadline, score: progress.score, outcomes };
    onStep(current);
  }
  for (let i = current.questions.length; i < current.total; i++) {
    const question = await fetchChallengeQuestion(saved.gameId, saved.playerToken, i);
    current = { ...current, questions: [...current.questions, question] };
    onStep(current);
  }
  return current;
}

function OutcomeText({ question, outcome }: { question: ChallengeQuestion; outcome: ChallengeOutcome }) {
  const r = outcome.result;
  const partly = r && !r.correct && (r.credit ?? 0) > 0;
  const right = question.kind === 'choice' || question.kind === 'truefalse' ? question.options[outcome.correct] : undefined;
  return (
    <div className="stack">
      <p className={`${styles.result} ${r?.correct ? styles.resultRight : styles.resultWrong}`}>
        {r?.correct ? `Right! +${r.points} points.` : partly ? `Partly right: +${r.points} points.` : 'Not this time.'}
      </p>
      {right !== undefined && !r?.correct && (
        <p className="flush">
          The answer: <Markdown text={right} inline />
        </p>
      )}
      {!r?.correct && <RightAnswer kind={question.kind} options={question.options} accept={outcome.accept} order={outcome.order} />}
    </div>
  );
}

function QuestionInput({ question, onAnswer }: { question: ChallengeQuestion; onAnswer: (r: ChallengeResponse) => void }) {
  if (question.kind === 'typed') return <TypedAnswer disabled={false} onSubmit={(text) => onAnswer({ text })} />;
  if (question.kind === 'order')
    return <OrderAnswer options={question.options} disabled={false} onSubmit={(order) => onAnswer({ order })} />;
  return (
    <>
      {question.diagram && <QuestionPicture diagram={question.diagram} onChoose={(option: number) => onAnswer({ option })} />}
      <ChoiceAnswer options={question.options} label="Answers" onChoose={(option) => onAnswer({ option })} />
    </>
  );
}

export function ChallengePlay() {
  const params = useSearchParams();
  const code = (params.get('code') ?? '').replace(/\D/g, '').slice(0, 6);
  // Rendered on the client only (useSearchParams under Suspense in a static export): storage is there.
  const [saved, setSaved] = useState<SavedChallenge | null>(() => (code ? loadChallenge(code) : null));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [online, setOnline] = useState(true);
  const [notKept, setNotKept] = useState(false);
  /** The question whose feedback is on screen, until "Next question". */
  const [showing, setShowing] = useState<number | null>(null);
  const latest = useRef<SavedChallenge | null>(saved);
  const flushing = useRef(false);
  useFocusScreen(saved !== null);

  const keep = useCallback((next: SavedChallenge) => {
    latest.current = next;
    setSaved(next);
    setNotKept(!saveChallenge(next));
  }, []);

  /** Fetches missing questions, then sends queued answers in order; stops quietly while offline. */
  const sync = useCallback(async () => {
    const start = latest.current;
    if (!start || flushing.current) return;
    flushing.current = true;
    try {
      let current = start.questions.length < start.total || start.total === 0 ? await fetchQuestions(start, keep) : start;
      while (current.queue.length > 0 && current.closed === null) {
        const index = current.queue[0] as number;
        const response = current.answers[index]!;
        try {
          const outcome = await sendChallengeAnswer(current.gameId, current.playerToken, index, response);
          current = latest.current ?? current;
          current = {
            ...current,
            queue: current.queue.slice(1),
            outcomes: { ...current.outcomes, [index]: outcome },
            score: outcome.score,
          };
        } catch (e) {
          if (offline(e)) throw e;
          current = latest.current ?? current;
          const message = e instanceof Error ? e.message : String(e);
          // The deadline passed or the host closed it: nothing more can be sent.
          const closed = e instanceof ApiError && e.status === 409 && /over|closed/.test(message) ? message : null;
          current = { ...current, queue: closed ? current.queue : current.queue.slice(1), closed };
          if (!closed) setError(`Question ${index + 1}: ${message}`);
        }
        keep(current);
      }
      setOnline(true);
    } catch (e) {
      if (offline(e)) setOnline(false);
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      flushing.current = false;
    }
  }, [keep]);

  useEffect(() => {
    if (!saved) return;
    void sync();
    const retry = () => void sync();
    window.addEventListener('online', retry);
    const timer = setInterval(() => {
      if (latest.current && (latest.current.queue.length > 0 || latest.current.questions.length < latest.current.total)) retry();
    }, 10_000);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(timer);
    };
    // Once per challenge: later changes go through `latest`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved?.code]);

  const join = async (joinCode: string, nickname: string) => {
    setBusy(true);
    setError(null);
    try {
      const joined = await joinGame(joinCode, nickname);
      if (joined.mode !== 'challenge') {
        setError('That code is for a live game: join it on the live game screen.');
        return;
      }
      keep(savedFromJoin(joinCode, joined));
    } catch (e) {
      setError(joinErrorMessage(e, joinCode, nickname));
    } finally {
      setBusy(false);
    }
  };

  const answer = (index: number, response: ChallengeResponse) => {
    const current = latest.current;
    if (!current) return;
    keep({ ...current, answers: { ...current.answers, [index]: response }, queue: [...current.queue, index] });
    setShowing(index);
    void sync();
  };

  if (!saved) {
    return (
      <>
        <h1>Play a challenge</h1>
        <p>Play it alone, at your own pace, until its deadline. Once the questions are on this phone it plays offline too.</p>
        <JoinForm initialCode={code} error={error} busy={busy} onJoin={(c, n) => void join(c, n)} />
      </>
    );
  }

  const next = nextQuestion(saved);
  const question = saved.questions[showing ?? next];
  const pending = saved.queue.length;
  const status = !online
    ? pending > 0
      ? `Offline: ${counted(pending, 'answer waits', 'answers wait')} on this phone and will be sent when you are back online.`
      : 'Offline: you can keep playing.'
    : pending > 0
      ? 'Sending your answers…'
      : '';

  return (
    <>
      <h1>
        Challenge {saved.code.slice(0, 3)} {saved.code.slice(3)}
      </h1>
      <p className="muted flush">
        {saved.nickname} · {saved.score} points · open until{' '}
        <time dateTime={new Date(saved.deadline).toISOString()}>{deadlineText(saved.deadline)}</time>
      </p>
      <p role="status" className="flush">
        {status}
      </p>
      {notKept && (
        <p className="banner flush" role="alert">
          This phone would not keep the challenge (storage blocked or full): keep this page open until your answers are sent.
        </p>
      )}
      {saved.closed && (
        <p className="banner banner-error flush" role="alert">
          {saved.closed}
          {pending > 0 && ` ${counted(pending, 'answer')} could not be counted.`}
        </p>
      )}
      {error && (
        <p className="error-text flush" role="alert">
          {error}
        </p>
      )}
      {saved.total === 0 || (question === undefined && next < saved.total) ? (
        <p className="muted" role="status">
          {online
            ? `Loading the questions (${saved.questions.length} of ${saved.total || '…'})…`
            : 'Waiting for the network to load the questions…'}
        </p>
      ) : showing !== null && question ? (
        <section className="stack" aria-labelledby="challenge-title">
          <QuestionHeading id="challenge-title" index={question.index} total={saved.total} prompt={question.prompt} />
          <div aria-live="polite">
            {saved.outcomes[showing] ? (
              <OutcomeText question={question} outcome={saved.outcomes[showing]} />
            ) : (
              <p className={styles.result}>{online ? 'Sending…' : 'Saved on this phone: you will see if it was right once it is sent.'}</p>
            )}
          </div>
          <button type="button" className="btn btn-primary" onClick={() => setShowing(null)}>
            {next < saved.total ? 'Next question' : 'See your results'}
          </button>
        </section>
      ) : question && !saved.closed ? (
        <section className="stack" aria-labelledby="challenge-title">
          <QuestionHeading id="challenge-title" index={question.index} total={saved.total} prompt={question.prompt} />
          <QuestionInput key={question.index} question={question} onAnswer={(r) => answer(question.index, r)} />
        </section>
      ) : (
        <section className="stack" aria-labelledby="challenge-done">
          <h2 id="challenge-done">{pending > 0 ? 'All answered: sending the last ones…' : 'Challenge complete'}</h2>
          <p className={styles.result}>
            {Object.values(saved.outcomes).filter((o) => o.result?.correct).length} of {saved.total} right · {saved.score} points
          </p>
          <ol className="stack">
            {saved.questions.map((q) => {
              const outcome = saved.outcomes[q.index];
              return (
                <li key={q.index}>
                  <Markdown text={q.prompt} inline />{' '}
                  <strong>
                    {outcome
                      ? outcome.result?.correct
                        ? '✓ right'
                        : '✗ not right'
                      : saved.answers[q.index]
                        ? '… not sent yet'
                        : '– no answer'}
                  </strong>
                </li>
              );
            })}
          </ol>
          {pending === 0 && <PlayerMisses gameId={saved.gameId} playerToken={saved.playerToken} />}
          {pending === 0 && (
            <button
              type="button"
              className="btn"
              onClick={() => {
                forgetChallenge(saved.code);
                setSaved(null);
                latest.current = null;
              }}
            >
              Forget this challenge on this phone
            </button>
          )}
          <Link href="/">Back to the app</Link>
        </section>
      )}
    </>
  );
}
