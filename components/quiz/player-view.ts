// What the player's phone shows, folded from the player's event stream (server/README.md).
// Pure, so it is testable without a server or a browser.
import type { QuestionDiagram } from '@/lib/quiz/types';

import { diagramOf } from './diagram-of';
import type { Ranked, TeamRanked } from './standings-list';

export interface PlayerQuestion {
  index: number;
  total: number;
  prompt: string;
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
}

export interface PlayerView {
  phase: 'connecting' | 'lobby' | 'preview' | 'answering' | 'reveal' | 'skipped' | 'leaderboard' | 'podium' | 'removed' | 'expired';
  question: PlayerQuestion | null;
  /** Your locked answer to the current question. */
  locked: number | null;
  rightOption: number | null;
  result: PlayerResult | null;
  you: { score: number; rank: number | null } | null;
  team: number | null;
  top: Ranked[];
  teams: TeamRanked[];
  hostConnected: boolean;
  removedReason: string | null;
  skewMs: number;
}

export const PLAYER_EVENTS = [
  'snapshot',
  'joined',
  'game-started',
  'question-preview',
  'question-open',
  'answer-locked',
  'reveal',
  'question-skipped',
  'leaderboard',
  'podium',
  'host-connection',
  'removed',
  'expired',
] as const;

export const INITIAL_PLAYER_VIEW: PlayerView = {
  phase: 'connecting',
  question: null,
  locked: null,
  rightOption: null,
  result: null,
  you: null,
  team: null,
  top: [],
  teams: [],
  hostConnected: true,
  removedReason: null,
  skewMs: 0,
};

type Data = Record<string, unknown>;

const num = (v: unknown, fallback = 0) => (typeof v === 'number' ? v : fallback);

function questionOf(d: Data, open: boolean, skewMs: number, receivedAt: number): PlayerQuestion {
  const endsAt = typeof d.endsAt === 'number' ? d.endsAt : null;
  const deadline = open && endsAt !== null ? endsAt - skewMs : null;
  return {
    index: num(d.index),
    total: num(d.total),
    prompt: String(d.prompt ?? ''),
    options: Array.isArray(d.options) ? (d.options as string[]) : null,
    diagram: diagramOf(d.diagram),
    deadline,
    seconds: deadline === null ? 0 : Math.max(1, Math.round((deadline - receivedAt) / 1000)),
  };
}

function youOf(d: Data): PlayerView['you'] {
  const you = d.you as { score?: number; rank?: number | null } | null | undefined;
  return you ? { score: num(you.score), rank: you.rank ?? null } : null;
}

function fromSnapshot(v: PlayerView, d: Data, receivedAt: number): PlayerView {
  if (d.phase === 'removed') return { ...v, phase: 'removed', removedReason: String(d.reason ?? 'kicked') };
  const q = d.question as (Data & { correct?: number }) | null;
  const last = d.last as PlayerResult | null | undefined;
  const you = d.you as { team?: number | null } | undefined;
  return {
    ...v,
    phase: String(d.phase) as PlayerView['phase'],
    question: q ? questionOf(q, d.phase === 'answering', v.skewMs, receivedAt) : null,
    locked: typeof d.yourAnswer === 'number' ? d.yourAnswer : null,
    rightOption: typeof q?.correct === 'number' ? q.correct : null,
    result: last ?? null,
    you: youOf(d),
    team: you?.team ?? null,
    top: (d.top as Ranked[] | undefined) ?? [],
    teams: (d.teams as TeamRanked[] | undefined) ?? [],
    hostConnected: d.hostConnected !== false,
  };
}

export function playerReducer(view: PlayerView, name: string, d: Data, receivedAt: number): PlayerView {
  const v = typeof d.at === 'number' ? { ...view, skewMs: d.at - receivedAt } : view;
  const fresh = { locked: null, rightOption: null, result: null };
  switch (name) {
    case 'snapshot':
      return fromSnapshot(v, d, receivedAt);
    case 'joined':
      return { ...v, phase: v.phase === 'connecting' ? 'lobby' : v.phase, team: (d.team as number | null) ?? null };
    case 'game-started':
      return { ...v, team: (d.team as number | null) ?? v.team };
    case 'question-preview':
      return { ...v, ...fresh, phase: 'preview', question: questionOf(d, false, v.skewMs, receivedAt) };
    case 'question-open':
      return { ...v, ...fresh, phase: 'answering', question: questionOf(d, true, v.skewMs, receivedAt) };
    case 'answer-locked':
      return { ...v, locked: num(d.option) };
    case 'reveal': {
      const you = d.you as (PlayerResult & { score: number; rank: number | null }) | null;
      return {
        ...v,
        phase: 'reveal',
        question: v.question && { ...v.question, deadline: null },
        rightOption: num(d.correct),
        result: you ? { option: you.option, correct: you.correct, points: you.points } : { option: null, correct: false, points: 0 },
        you: you ? { score: you.score, rank: you.rank } : v.you,
      };
    }
    case 'question-skipped':
      return { ...v, ...fresh, phase: 'skipped' };
    case 'leaderboard':
    case 'podium':
      return { ...v, phase: name, top: (d.top as Ranked[]) ?? [], you: youOf(d) ?? v.you, teams: (d.teams as TeamRanked[]) ?? [] };
    case 'host-connection':
      return { ...v, hostConnected: Boolean(d.connected) };
    case 'removed':
      return { ...v, phase: 'removed', removedReason: String(d.reason ?? 'kicked') };
    case 'expired':
      return { ...v, phase: v.phase === 'podium' ? 'podium' : 'expired' };
    default:
      return v;
  }
}
