// What the live host screen shows, folded from the host's event stream (server/README.md).
// Pure, so the screen's logic is testable without a server or a browser.
import { teachingOf, type HostEvent, type HostSnapshot, type QuestionState, type Teaching } from '@/lib/quiz/protocol';
import type { QuestionDiagram, QuestionKind, TypedGroup } from '@/lib/quiz/types';

import type { Ranked, TeamRanked } from '../shared/standings-list';

export interface HostPlayer {
  playerId: string;
  nickname: string;
  connected: boolean;
  /** Extra answering seconds per question the host granted (0 for most). */
  extraSeconds?: number;
}

export interface HostQuestion {
  index: number;
  total: number;
  prompt: string;
  /** How players answer: an option (choice, true/false), a typed command, or an order of the steps. */
  kind: QuestionKind;
  options: string[] | null;
  /** A diagram question: the picture, and the region of each option. */
  diagram: QuestionDiagram | null;
  /** When this phase (preview or answering) ends, on this device's clock; null when it does not. */
  deadline: number | null;
}

export interface HostView {
  phase: 'connecting' | 'lobby' | 'preview' | 'answering' | 'reveal' | 'skipped' | 'leaderboard' | 'podium' | 'expired' | 'replaced';
  locked: boolean;
  players: HostPlayer[];
  question: HostQuestion | null;
  answered: number;
  expected: number;
  reveal: HostReveal | null;
  top: Ranked[];
  standings: Ranked[];
  teams: TeamRanked[];
  /** The server's clock minus ours, from the last event that carried its time. */
  skewMs: number;
}

/** A revealed question: the right answer (option, accepted commands or order) and how the room answered. */
export interface HostReveal extends Teaching {
  correct: number;
  counts: number[];
  accept?: string[];
  order?: number[];
  /** Typed questions: the answers given, normalised and grouped. */
  typed?: TypedGroup[];
  answered: number;
  right: number;
}

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

const connectedCount = (players: HostPlayer[]) => players.filter((p) => p.connected).length;

type QuestionIn = Pick<QuestionState, 'index' | 'total' | 'prompt' | 'diagram' | 'endsAt'> & {
  options?: string[] | null;
  kind?: QuestionKind;
};

/** The reveal's fields the screen shows, from a reveal event or a revealed question in a snapshot. */
function revealOf(
  r: Omit<HostReveal, 'counts' | 'answered' | 'right'> & Partial<Pick<HostReveal, 'counts' | 'answered' | 'right'>>,
): HostReveal {
  return {
    correct: r.correct,
    counts: r.counts ?? [],
    ...(r.accept === undefined ? {} : { accept: r.accept }),
    ...(r.order === undefined ? {} : { order: r.order }),
    ...(r.typed === undefined ? {} : { typed: r.typed }),
    answered: r.answered ?? 0,
    right: r.right ?? 0,
    ...teachingOf(r),
  };
}

function questionOf(q: QuestionIn, skewMs: number): HostQuestion {
  return {
    index: q.index,
    total: q.total,
    prompt: q.prompt,
    kind: q.kind ?? 'choice',
    options: q.options ?? null,
    diagram: q.diagram ?? null,
    deadline: q.endsAt === null ? null : q.endsAt - skewMs,
  };
}

function fromSnapshot(view: HostView, d: HostSnapshot): HostView {
  const q = d.question;
  const players = d.players.map((p) => ({
    playerId: p.playerId,
    nickname: p.nickname,
    connected: p.connected,
    extraSeconds: p.extraSeconds,
  }));
  return {
    ...view,
    // A challenge has its own host screen; a live screen shows it as a lobby.
    phase: d.phase === 'challenge' ? 'lobby' : d.phase,
    locked: d.locked,
    players,
    question: q ? questionOf(q, view.skewMs) : null,
    answered: d.answered ?? 0,
    expected: d.expected ?? connectedCount(players),
    reveal: q?.correct !== undefined ? revealOf({ ...q, correct: q.correct }) : null,
    top: d.top,
    standings: d.standings ?? [],
    teams: d.teams,
  };
}

export function hostReducer(view: HostView, event: HostEvent, receivedAt: number): HostView {
  const v = 'at' in event.data ? { ...view, skewMs: event.data.at - receivedAt } : view;
  const players = (edit: (list: HostPlayer[]) => HostPlayer[]) => ({ ...v, players: edit(v.players) });
  switch (event.name) {
    case 'snapshot':
      return fromSnapshot(v, event.data);
    case 'player-joined': {
      const { playerId, nickname } = event.data;
      return players((list) => [...list.filter((p) => p.playerId !== playerId), { playerId, nickname, connected: true }]);
    }
    case 'player-left': {
      const { playerId } = event.data;
      return players((list) => list.filter((p) => p.playerId !== playerId));
    }
    case 'player-connection': {
      const { playerId, connected } = event.data;
      return players((list) => list.map((p) => (p.playerId === playerId ? { ...p, connected } : p)));
    }
    case 'lobby-locked':
      return { ...v, locked: event.data.locked };
    case 'question-preview':
      return { ...v, phase: 'preview', question: questionOf(event.data, v.skewMs), reveal: null, answered: 0 };
    case 'question-open':
      return {
        ...v,
        phase: 'answering',
        question: questionOf(event.data, v.skewMs),
        reveal: null,
        answered: 0,
        expected: connectedCount(v.players),
      };
    case 'answer-count':
      return { ...v, answered: event.data.answered, expected: event.data.expected };
    case 'reveal':
      return {
        ...v,
        phase: 'reveal',
        question: v.question && { ...v.question, deadline: null },
        reveal: revealOf(event.data),
      };
    case 'question-skipped':
      return { ...v, phase: 'skipped', question: v.question && { ...v.question, deadline: null }, reveal: null };
    case 'leaderboard':
      return { ...v, phase: 'leaderboard', top: event.data.top, teams: event.data.teams };
    case 'podium':
      return { ...v, phase: 'podium', question: null, standings: event.data.standings, teams: event.data.teams };
    case 'expired':
      return { ...v, phase: 'expired' };
    case 'replaced':
      return { ...v, phase: 'replaced' };
    case 'time-extended': {
      const { playerId, seconds } = event.data;
      return players((list) => list.map((p) => (p.playerId === playerId ? { ...p, extraSeconds: seconds } : p)));
    }
    case 'host-connection':
    case 'challenge-answer':
    case 'game-started':
      return v;
  }
}
