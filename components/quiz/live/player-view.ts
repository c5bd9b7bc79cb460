// What the player's phone shows, folded from the player's event stream (server/README.md).
// Pure, so it is testable without a server or a browser.
import { teachingOf, type PlayerEvent, type PlayerSnapshot, type QuestionState, type Teaching } from '@/lib/quiz/protocol';
import type { QuestionDiagram, QuestionKind, TypedGroup } from '@/lib/quiz/types';

import type { Ranked, TeamRanked } from '../shared/standings-list';

export interface PlayerQuestion {
  index: number;
  total: number;
  prompt: string;
  /** How it is answered: options (choice, true/false), a typed command, or an order of the options. */
  kind: QuestionKind;
  options: string[] | null;
  /** A diagram question: the picture, and the region of each option. */
  diagram: QuestionDiagram | null;
  /** When answering closes, on this device's clock; null outside answering. */
  deadline: number | null;
  /** The answering time, for the timer bar (what was left when this phone first saw it). */
  seconds: number;
}

export interface PlayerResult {
  option: number | null;
  correct: boolean;
  points: number;
  /** Share of the points earned (a partly right order), the typed command, or the order sent. */
  credit?: number;
  text?: string;
  order?: number[];
}

export interface PlayerView {
  phase:
    'connecting' | 'lobby' | 'preview' | 'answering' | 'reveal' | 'skipped' | 'leaderboard' | 'podium' | 'removed' | 'expired' | 'replaced';
  question: PlayerQuestion | null;
  /** Your locked answer to the current question (-1: a typed command or an order, locked). */
  locked: number | null;
  rightOption: number | null;
  /** The card's explanation and source, from the reveal on (never before). */
  teaching: Teaching | null;
  /** Once revealed: the accepted commands of a typed question, the right order of an order question. */
  accept: string[] | null;
  rightOrder: number[] | null;
  /** Once revealed, a typed question: the answers the room gave, grouped. */
  typed: TypedGroup[] | null;
  /** The host's options. */
  reducedMotion: boolean;
  result: PlayerResult | null;
  you: { score: number; rank: number | null } | null;
  team: number | null;
  top: Ranked[];
  teams: TeamRanked[];
  hostConnected: boolean;
  removedReason: 'left' | 'kicked' | null;
  skewMs: number;
}

export const INITIAL_PLAYER_VIEW: PlayerView = {
  phase: 'connecting',
  question: null,
  locked: null,
  rightOption: null,
  teaching: null,
  accept: null,
  rightOrder: null,
  typed: null,
  reducedMotion: false,
  result: null,
  you: null,
  team: null,
  top: [],
  teams: [],
  hostConnected: true,
  removedReason: null,
  skewMs: 0,
};

/** A question as it arrives in an event or a snapshot. */
type QuestionIn = Pick<QuestionState, 'index' | 'total' | 'prompt' | 'diagram' | 'endsAt'> & {
  options?: string[] | null;
  kind?: QuestionKind;
};

function questionOf(q: QuestionIn, open: boolean, skewMs: number, receivedAt: number): PlayerQuestion {
  const deadline = open && q.endsAt !== null ? q.endsAt - skewMs : null;
  return {
    index: q.index,
    total: q.total,
    prompt: q.prompt,
    kind: q.kind ?? 'choice',
    options: q.options ?? null,
    diagram: q.diagram ?? null,
    deadline,
    seconds: deadline === null ? 0 : Math.max(1, Math.round((deadline - receivedAt) / 1000)),
  };
}

function fromSnapshot(v: PlayerView, d: PlayerSnapshot, receivedAt: number): PlayerView {
  if (d.phase === 'removed') return { ...v, phase: 'removed', removedReason: d.reason };
  const q = d.question;
  return {
    ...v,
    // A challenge is played on its own screen; a live screen shows it as a lobby.
    phase: d.phase === 'challenge' ? 'lobby' : d.phase,
    question: q ? questionOf(q, d.phase === 'answering', v.skewMs, receivedAt) : null,
    locked: d.yourAnswer,
    rightOption: q?.correct ?? null,
    teaching: q?.correct === undefined ? null : teachingOf(q),
    accept: q?.accept ?? null,
    rightOrder: q?.order ?? null,
    typed: q?.typed ?? null,
    reducedMotion: d.reducedMotion,
    result: d.last,
    you: { score: d.you.score, rank: d.you.rank },
    team: d.you.team,
    top: d.top ?? [],
    teams: d.teams,
    hostConnected: d.hostConnected,
  };
}

/** The server locked this phone's answer (its reply to the POST, before the stream says so). */
export const lockAnswer = (view: PlayerView, option: number): PlayerView => ({ ...view, locked: option });

export function playerReducer(view: PlayerView, event: PlayerEvent, receivedAt: number): PlayerView {
  const v = 'at' in event.data ? { ...view, skewMs: event.data.at - receivedAt } : view;
  const fresh = { locked: null, rightOption: null, teaching: null, accept: null, rightOrder: null, typed: null, result: null };
  switch (event.name) {
    case 'snapshot':
      return fromSnapshot(v, event.data, receivedAt);
    case 'joined':
      return { ...v, phase: v.phase === 'connecting' ? 'lobby' : v.phase, team: event.data.team };
    case 'game-started':
      return { ...v, team: event.data.team ?? v.team, reducedMotion: event.data.reducedMotion };
    case 'time-extended':
      return v;
    case 'question-preview':
      return { ...v, ...fresh, phase: 'preview', question: questionOf(event.data, false, v.skewMs, receivedAt) };
    case 'question-open':
      return { ...v, ...fresh, phase: 'answering', question: questionOf(event.data, true, v.skewMs, receivedAt) };
    case 'answer-locked':
      return lockAnswer(v, event.data.option);
    case 'reveal': {
      const { you } = event.data;
      return {
        ...v,
        phase: 'reveal',
        question: v.question && { ...v.question, deadline: null },
        rightOption: event.data.correct,
        teaching: teachingOf(event.data),
        accept: event.data.accept ?? null,
        rightOrder: event.data.order ?? null,
        typed: event.data.typed ?? null,
        result: you
          ? {
              option: you.option,
              correct: you.correct,
              points: you.points,
              ...(you.credit === undefined ? {} : { credit: you.credit }),
              ...(you.text === undefined ? {} : { text: you.text }),
              ...(you.order === undefined ? {} : { order: you.order }),
            }
          : { option: null, correct: false, points: 0 },
        you: you ? { score: you.score, rank: you.rank } : v.you,
      };
    }
    case 'question-skipped':
      return { ...v, ...fresh, phase: 'skipped' };
    case 'leaderboard':
    case 'podium':
      return { ...v, phase: event.name, top: event.data.top, you: event.data.you ?? v.you, teams: event.data.teams };
    case 'host-connection':
      return { ...v, hostConnected: event.data.connected };
    case 'removed':
      return { ...v, phase: 'removed', removedReason: event.data.reason };
    case 'expired':
      return { ...v, phase: v.phase === 'podium' ? 'podium' : 'expired' };
    case 'replaced':
      return { ...v, phase: 'replaced' };
  }
}
