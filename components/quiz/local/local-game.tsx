'use client';
// Team quiz with no server, on the shared engine: pass-and-play (players take turns on one
// device, the question hidden between turns) and projector mode (the host marks who was right).
import { useEffect, useRef, useState } from 'react';

import type { QuizReportRow } from '@/lib/db/rows';
import { applyCommand, createQuiz } from '@/lib/quiz/engine';
import { currentQuestion } from '@/lib/quiz/flow';
import { rightResponse } from '@/lib/quiz/grading';
import { quizReport } from '@/lib/quiz/report';
import { standings, teamStandings } from '@/lib/quiz/standings';
import type { QuizCard, QuizCommand, QuizState } from '@/lib/quiz/types';

import type { QuizChoice } from '../quiz-setup';
import { PodiumScreen } from '../shared/podium-screen';
import { toReportRow } from '../shared/to-report-row';
import { useWakeLock } from '../shared/use-wake-lock';
import { LocalLobby } from './local-lobby';
import { LocalResults } from './local-results';
import { PassTurn } from './pass-turn';
import { ProjectorQuestion } from './projector-question';

type Mode = 'pass-and-play' | 'projector';

/** Commands are applied in event handlers, at the moment of the tap. */
function applyAll(state: QuizState, commands: QuizCommand[]): { state: QuizState } | { error: string } {
  let s = state;
  for (const command of commands) {
    const r = applyCommand(s, command, { now: Date.now() });
    if (!r.ok) return { error: r.error };
    s = r.state;
  }
  return { state: s };
}

function newQuiz(cards: QuizCard[], choice: QuizChoice): QuizState {
  // Turns and taps say nothing about speed: one device scores right answers only, and a
  // question stays open until everyone has had their turn or the host closes it.
  return createQuiz(cards, { ...choice, scoring: 'accuracy', previewSeconds: 0, secondsPerQuestion: 24 * 3600 }, { now: Date.now() });
}

interface Props {
  mode: Mode;
  cards: QuizCard[];
  choice: QuizChoice;
  onSave: (report: QuizReportRow) => Promise<void>;
  onExit: () => void;
}

export function LocalGame({ mode, cards, choice, onSave, onExit }: Props) {
  const [state, setState] = useState<QuizState>(() => newQuiz(cards, choice));
  const [error, setError] = useState<string | null>(null);
  const [turnOpen, setTurnOpen] = useState(false);
  const [saved, setSaved] = useState<'saving' | 'saved' | 'failed'>('saving');
  const savedGame = useRef(false);
  const nextId = useRef(1);
  useWakeLock(state.phase !== 'lobby' && state.phase !== 'podium');

  const run = (...commands: QuizCommand[]) => {
    const r = applyAll(state, commands);
    if ('error' in r) return setError(r.error);
    setError(null);
    setState(r.state);
  };

  useEffect(() => {
    if (state.phase !== 'podium' || savedGame.current) return;
    savedGame.current = true;
    onSave(toReportRow(quizReport(state), mode, choice.decks, state.createdAt)).then(
      () => setSaved('saved'),
      () => setSaved('failed'),
    );
  }, [state, onSave, mode, choice.decks]);

  const players = state.players.filter((p) => p.status === 'active');
  const question = currentQuestion(state);

  if (state.phase === 'lobby') {
    return (
      <LocalLobby
        mode={mode}
        players={players}
        questionCount={state.questions.length}
        error={error}
        onAdd={(nickname) => run({ type: 'join', playerId: `p${nextId.current++}`, nickname })}
        onRemove={(playerId) => run({ type: 'kick', playerId })}
        onStart={() => run({ type: 'start' })}
        onBack={onExit}
      />
    );
  }
  if (state.phase === 'podium') {
    return <PodiumScreen rows={standings(state)} teams={teamStandings(state)} saved={saved} onDone={onExit} />;
  }
  if (state.phase === 'answering' && question) {
    const total = state.questions.length;
    if (mode === 'projector') {
      return (
        <ProjectorQuestion
          key={state.index}
          question={question}
          index={state.index}
          total={total}
          players={players}
          timer={{ deadline: state.phaseStartedAt + choice.secondsPerQuestion * 1000, seconds: choice.secondsPerQuestion }}
          onScore={(ids) => {
            const answers = ids.map((playerId): QuizCommand => ({ type: 'answer', playerId, ...rightResponse(question) }));
            // The engine closes the question by itself once everyone has answered.
            run(...answers, ...(answers.length === players.length ? [] : [{ type: 'next' } as const]));
          }}
        />
      );
    }
    const waiting = players.filter((p) => state.answers[p.id] === undefined);
    const turn = waiting[0];
    if (!turn) return null;
    return (
      <PassTurn
        question={question}
        index={state.index}
        total={total}
        player={turn}
        waiting={waiting.length}
        open={turnOpen}
        onOpen={() => setTurnOpen(true)}
        onAnswer={(response) => {
          setTurnOpen(false);
          run({ type: 'answer', playerId: turn.id, ...response });
        }}
        onCloseQuestion={() => run({ type: 'next' })}
      />
    );
  }
  return <LocalResults mode={mode} state={state} onNext={() => run({ type: 'next' })} onEnd={() => run({ type: 'end' })} />;
}
