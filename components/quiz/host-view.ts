// What the live host screen shows, folded from the host's event stream (server/README.md).
// Pure, so the screen's logic is testable without a server or a browser.
import type { QuestionDiagram } from '@/lib/quiz/types';

import { diagramOf } from './diagram-of';
import type { Ranked, TeamRanked } from './standings-list';

export interface HostPlayer {
  playerId: string;
  nickname: string;
  connected: boolean;
}

export interface HostQuestion {
  index: number;
  total: number;
  prompt: string;
  options: string[] | null;
  /** A diagram question: the picture, and the region of each option. */
  diagram: QuestionDiagram | null;
  /** When this phase (preview or answering) ends, on this device's clock; null when it does not. */
  deadline: number | null;
}

export interface HostView {
  phase: 'connecting' | 'lobby' | 'preview' | 'answering' | 'reveal' | 'skipped' | 'leaderboard' | 'podium' | 'expired';
  locked: boolean;
  players: HostPlayer[];
  question: HostQuestion | null;
  answered: number;
  expected: number;
  reveal: { correct: number; counts: number[]; answered: number; right: number } | null;
  top: Ranked[];
  standings: Ranked[];
  teams: TeamRanked[];
  /** The server's clock minus ours, from the last event that carried its time. */
  skewMs: number;
}

export const HOST_EVENTS = [
  'snapshot',
  'player-joined',
  'player-left',
  'player-connection',
  'lobby-locked',
  'question-preview',
  'question-open',
  'question-skipped',
  'answer-count',
  'reveal',
  'leaderboard',
  'podium',
  'expired',
] as const;

export const INITIAL_HOST_VIEW: HostView = {
  phase: 'connecting',
  locked: false,
  players: [],
  question: null,
  answered: 0,
  expected: 0,
  reveal: null,
  top: [],
  standings: [],
  teams: [],
  skewMs: 0,
};

type Data = Record<string, unknown>;

const num = (v: unknown, fallback = 0) => (typeof v === 'number' ? v : fallback);
const connectedCount = (players: HostPlayer[]) => players.filter((p) => p.connected).length;

function questionOf(d: Data, skewMs: number): HostQuestion {
  const endsAt = typeof d.endsAt === 'number' ? d.endsAt : null;
  return {
    index: num(d.index),
    total: num(d.total),
    prompt: String(d.prompt ?? ''),
    options: Array.isArray(d.options) ? (d.options as string[]) : null,
    diagram: diagramOf(d.diagram),
    deadline: endsAt === null ? null : endsAt - skewMs,
  };
}

function fromSnapshot(view: HostView, d: Data): HostView {
  const q = d.question as (Data & { correct?: number; counts?: number[]; answered?: number; right?: number }) | null;
  const phase = String(d.phase) as HostView['phase'];
  const players = ((d.players as (HostPlayer & Data)[] | undefined) ?? []).map((p) => ({
    playerId: p.playerId,
    nickname: p.nickname,
    connected: p.connected,
  }));
  return {
    ...view,
    phase,
    locked: Boolean(d.locked),
    players,
    question: q ? questionOf(q, view.skewMs) : null,
    answered: num(d.answered),
    expected: num(d.expected, connectedCount(players)),
    reveal:
      q && typeof q.correct === 'number'
        ? { correct: q.correct, counts: q.counts ?? [], answered: num(q.answered), right: num(q.right) }
        : null,
    top: (d.top as Ranked[] | undefined) ?? [],
    standings: (d.standings as Ranked[] | null | undefined) ?? [],
    teams: (d.teams as TeamRanked[] | undefined) ?? [],
  };
}

export function hostReducer(view: HostView, name: string, d: Data, receivedAt: number): HostView {
  const v = typeof d.at === 'number' ? { ...view, skewMs: d.at - receivedAt } : view;
  const players = (edit: (list: HostPlayer[]) => HostPlayer[]) => ({ ...v, players: edit(v.players) });
  switch (name) {
    case 'snapshot':
      return fromSnapshot(v, d);
    case 'player-joined':
      return players((list) => [
        ...list.filter((p) => p.playerId !== d.playerId),
        { playerId: String(d.playerId), nickname: String(d.nickname), connected: true },
      ]);
    case 'player-left':
      return players((list) => list.filter((p) => p.playerId !== d.playerId));
    case 'player-connection':
      return players((list) => list.map((p) => (p.playerId === d.playerId ? { ...p, connected: Boolean(d.connected) } : p)));
    case 'lobby-locked':
      return { ...v, locked: Boolean(d.locked) };
    case 'question-preview':
      return { ...v, phase: 'preview', question: questionOf(d, v.skewMs), reveal: null, answered: 0 };
    case 'question-open':
      return {
        ...v,
        phase: 'answering',
        question: questionOf(d, v.skewMs),
        reveal: null,
        answered: 0,
        expected: connectedCount(v.players),
      };
    case 'answer-count':
      return { ...v, answered: num(d.answered), expected: num(d.expected) };
    case 'reveal':
      return {
        ...v,
        phase: 'reveal',
        question: v.question && { ...v.question, deadline: null },
        reveal: { correct: num(d.correct), counts: (d.counts as number[]) ?? [], answered: num(d.answered), right: num(d.right) },
      };
    case 'question-skipped':
      return { ...v, phase: 'skipped', question: v.question && { ...v.question, deadline: null }, reveal: null };
    case 'leaderboard':
      return { ...v, phase: 'leaderboard', top: (d.top as Ranked[]) ?? [], teams: (d.teams as TeamRanked[]) ?? [] };
    case 'podium':
      return { ...v, phase: 'podium', question: null, standings: (d.standings as Ranked[]) ?? [], teams: (d.teams as TeamRanked[]) ?? [] };
    case 'expired':
      return { ...v, phase: 'expired' };
    default:
      return v;
  }
}
