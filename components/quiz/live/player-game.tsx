'use client';
// The player's phone during a live game: one big tap per option, then right or wrong, points and
// rank after each question, the leaderboard, and the podium.
import type { AnswerResponse } from '@/lib/quiz/types';

import { Markdown } from '../../markdown';
import { OrderAnswer, RightAnswer, TypedAnswer } from '../shared/answer-inputs';
import { Countdown } from '../shared/countdown';
import { questionSpeech } from '../shared/plain-text';
import { useGameSounds } from '../shared/quiz-sound';
import { ReadAloud } from '../shared/read-aloud';
import { TypedAnswers } from '../shared/question-board';
import { OptionLetter, QuestionHeading, QuestionPicture } from '../shared/question-view';
import { RevealTeaching } from '../shared/reveal-teaching';
import styles from '../shared/quiz.module.css';
import { Podium, StandingsList, teamRows } from '../shared/standings-list';
import type { PlayerView } from './player-view';

function optionState(view: PlayerView, i: number): { className: string; tag: string } {
  if (view.phase !== 'reveal') return { className: view.locked === i ? styles.picked : '', tag: view.locked === i ? 'your answer' : '' };
  if (view.rightOption === i)
    return { className: styles.right, tag: view.result?.option === i ? '✓ right, your answer' : '✓ right answer' };
  if (view.result?.option === i) return { className: styles.wrong, tag: '✗ your answer' };
  return { className: '', tag: '' };
}

function resultText(view: PlayerView): string {
  const r = view.result;
  const rank = view.you?.rank ? ` You are number ${view.you.rank} with ${view.you.score} points.` : '';
  const answered = r && (r.option !== null || r.text !== undefined || r.order !== undefined);
  if (!r || !answered) return `No answer this time.${rank}`;
  if (!r.correct && r.points > 0) return `Partly right: +${r.points} points.${rank}`;
  return r.correct ? `Right! +${r.points} points.${rank}` : `Wrong this time.${rank}`;
}

export function PlayerGame({
  view,
  nickname,
  onAnswer: answer,
}: {
  view: PlayerView;
  nickname: string;
  onAnswer: (response: AnswerResponse) => void;
}) {
  const q = view.question;
  useGameSounds(view.phase, q?.index ?? null, view.phase === 'answering' ? (q?.deadline ?? null) : null);
  const onAnswer = (option: number) => answer({ option });
  const open = view.phase === 'answering' && view.locked === null;
  const showQuestion = q && (view.phase === 'preview' || view.phase === 'answering' || view.phase === 'reveal');
  return (
    <>
      {!view.hostConnected && view.phase !== 'podium' && (
        <p className="banner flush" role="status">
          The host’s screen lost its connection; the game waits for it.
        </p>
      )}
      {(view.phase === 'connecting' || view.phase === 'lobby') && (
        <h2 id="play-title" className={styles.prompt}>
          {view.phase === 'connecting' ? 'Connecting…' : 'You’re in. Waiting for the host to start…'}
        </h2>
      )}
      {showQuestion && (
        <>
          <QuestionHeading id="play-title" index={q.index} total={q.total} prompt={q.prompt} />
          <p className="sr-only" aria-live="polite">
            {view.phase === 'answering' ? `Question ${q.index + 1} of ${q.total}: ${questionSpeech(q.prompt, q.options)}` : ''}
          </p>
          <ReadAloud prompt={q.prompt} options={view.phase === 'preview' ? null : q.options} />
          {view.phase === 'preview' && <p className={styles.result}>Get ready…</p>}
          {view.phase === 'answering' && q.deadline !== null && <Countdown key={q.index} deadline={q.deadline} totalSeconds={q.seconds} />}
          {q.options && q.diagram && (
            <QuestionPicture
              diagram={q.diagram}
              chosen={view.phase === 'reveal' ? (view.result?.option ?? null) : view.locked}
              correct={view.phase === 'reveal' ? view.rightOption : null}
              {...(view.phase === 'answering' && view.locked === null ? { onChoose: onAnswer } : {})}
            />
          )}
          {q.kind === 'typed' && view.phase === 'answering' && (
            <TypedAnswer key={q.index} disabled={!open} onSubmit={(text) => answer({ text })} />
          )}
          {q.kind === 'order' && q.options && view.phase === 'answering' && (
            <OrderAnswer key={q.index} options={q.options} disabled={!open} onSubmit={(order) => answer({ order })} />
          )}
          {view.phase === 'reveal' && (q.kind === 'typed' || q.kind === 'order') && (
            <RightAnswer kind={q.kind} options={q.options ?? []} accept={view.accept ?? undefined} order={view.rightOrder ?? undefined} />
          )}
          {view.phase === 'reveal' && q.kind === 'typed' && view.typed && <TypedAnswers groups={view.typed} />}
          {q.options && q.kind !== 'order' && q.kind !== 'typed' && (
            <div className={styles.options} role="group" aria-label="Answers">
              {q.options.map((text, i) => {
                const { className, tag } = optionState(view, i);
                return (
                  <button
                    key={text}
                    type="button"
                    className={`${styles.option} ${className}`}
                    aria-pressed={view.locked === i}
                    disabled={view.phase !== 'answering' || view.locked !== null}
                    onClick={() => onAnswer(i)}
                  >
                    <OptionLetter index={i} />
                    <span className={styles.optionText}>
                      <Markdown text={text} inline />
                      {tag && <span className={styles.tag}>{tag}</span>}
                    </span>
                  </button>
                );
              })}
            </div>
          )}
          {view.phase === 'answering' && view.locked !== null && (
            <p role="status" className="flush">
              Answer locked. Wait for the reveal…
            </p>
          )}
          {view.phase === 'reveal' && (
            <p role="status" className={`${styles.result} ${view.result?.correct ? styles.resultRight : styles.resultWrong}`}>
              {resultText(view)}
            </p>
          )}
          {view.phase === 'reveal' && view.teaching && <RevealTeaching {...view.teaching} />}
        </>
      )}
      {view.phase === 'skipped' && <h2 id="play-title">The host skipped this question.</h2>}
      {(view.phase === 'leaderboard' || view.phase === 'podium') && (
        <>
          <h2 id="play-title">{view.phase === 'podium' ? 'Podium' : 'Leaderboard'}</h2>
          {view.phase === 'podium' && <Podium rows={view.top} />}
          {view.you && (
            <p className={styles.result} role="status">
              {view.phase === 'podium' ? 'You finished' : 'You are'} number {view.you.rank ?? '–'} with {view.you.score} points.
            </p>
          )}
          {view.teams.length > 0 && <StandingsList rows={teamRows(view.teams)} label="Teams" />}
          <StandingsList rows={view.top} label="Top five" you={nickname} />
        </>
      )}
    </>
  );
}
