// The live-game protocol, one description for the server and the browser (server/README.md):
// the API's routes, the body of every request (derived from the zod schemas the server validates
// with, requests.ts) and response, and the events of each audience's stream as tagged unions.
// The server builds its events and answers against these types and the browser folds them without
// decoding, so a field renamed on one side fails to compile on the other.
import type { z } from '@/lib/decks/zod';

import type { JoinErrorCode } from './join-errors';
import type { JoinLinks } from './join-links';
import type { MissedQuestion } from './misses';
import type { QuizReport } from './report';
import type { ChallengeAnswerResult, challengeProgressForHost, challengeQuestion, challengeView } from './challenge';
import type { answerSchema, createChallengeSchema, createGameSchema, hostCommandSchema, joinSchema } from './requests';
import type {
  Phase,
  QuestionDiagram,
  QuestionKind,
  QuestionOutcome,
  QuizSettings,
  RevealResult,
  Standing,
  TeamStanding,
  TypedGroup,
} from './types';

/** Every route of the API, named once; `:gameId` is filled in by `routeUrl`. */
export const ROUTES = {
  createGame: '/api/games',
  qrCode: '/api/games/:gameId/qr.svg',
  joinLinks: '/api/games/:gameId/join-links',
  hostCommand: '/api/games/:gameId/host',
  hostEvents: '/api/games/:gameId/host/events',
  report: '/api/games/:gameId/report',
  join: '/api/join',
  rejoin: '/api/rejoin',
  playerEvents: '/api/games/:gameId/events',
  answer: '/api/games/:gameId/answer',
  leave: '/api/games/:gameId/leave',
  misses: '/api/games/:gameId/misses',
  createChallenge: '/api/challenges',
  challengeProgress: '/api/games/:gameId/challenge',
  challengeQuestion: '/api/games/:gameId/challenge/questions/:index',
  challengeAnswer: '/api/games/:gameId/challenge/answers',
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];

/** A route's URL for one game, with an optional query string (empty values left out). */
export function routeUrl(route: Route, gameId = '', query: Record<string, string | undefined> = {}): string {
  const path = route.replace(':gameId', encodeURIComponent(gameId));
  const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

// Requests: what a client may send, as the server's schemas accept it.
export type CreateGameRequest = z.input<ReturnType<typeof createGameSchema>>;
export type CreateChallengeRequest = z.input<ReturnType<typeof createChallengeSchema>>;
export type JoinRequest = z.input<typeof joinSchema>;
export type AnswerRequest = z.input<typeof answerSchema>;
export type HostCommand = z.input<typeof hostCommandSchema>;

// Responses.
export interface GameCreated {
  gameId: string;
  code: string;
  hostToken: string;
  questionCount: number;
  expiresAt: number;
  joinUrl: string;
  qrSvg: string;
}
/** A challenge: a game played alone until `deadline` (epoch ms); `joinUrl` opens /play/challenge. */
export type ChallengeCreated = GameCreated & { deadline: number };
export interface PlayerSession {
  gameId: string;
  playerId: string;
  nickname: string;
  team: number | null;
  /** 'challenge': played alone through the challenge routes until `deadline`. */
  mode: 'live' | 'challenge';
  deadline: number | null;
}
export type GameJoined = PlayerSession & { playerToken: string };
export interface HostCommandDone {
  ok: true;
  phase: Phase;
  index: number;
  locked: boolean;
}
export type AnswerAccepted = { accepted: true; index: number } & ({ option: number } | { text: string } | { order: number[] });
/** A challenge player's progress (GET challenge). */
export type ChallengeProgressView = ReturnType<typeof challengeView>;
/** One challenge question, without its answer. */
export type ChallengeQuestionView = NonNullable<ReturnType<typeof challengeQuestion>>;
/** A recorded challenge answer: its outcome and the right answer. */
export type ChallengeAnswered = { accepted: true; repeated: boolean } & Extract<ChallengeAnswerResult, { ok: true }>['outcome'];
export interface LeftGame {
  ok: true;
}
/** The questions one player missed, for their own study (authorised by their token). */
export interface PlayerMissesReply {
  questions: MissedQuestion[];
}
export type GameReport = QuizReport & { gameId: string; code: string; createdAt: number };
export type { JoinLinks };

/** Every refusal's body; `code` only on a refused join. */
export interface ErrorBody {
  error: string;
  code?: JoinErrorCode;
}

// Events. Both audiences share the question events and the end of a stream.
export interface QuestionPreview {
  at: number;
  index: number;
  total: number;
  deckId: string;
  prompt: string;
  endsAt: number;
}
export interface QuestionOpen extends Omit<QuestionPreview, 'endsAt'> {
  kind: QuestionKind;
  options: string[];
  /** A diagram question; `regions` in the order of `options`. */
  diagram?: QuestionDiagram;
  /** The end of answering (a player's own, with any extra time); null with no timer. */
  endsAt: number | null;
}
export interface QuestionSkipped {
  at: number;
  index: number;
}
/** The right answer of a question: its option, or (typed) the accepted commands, or (order) the right order. */
export interface AnswerKey {
  kind: QuestionKind;
  correct: number;
  accept?: string[];
  order?: number[];
}
export interface RevealCounts extends AnswerKey, Teaching {
  at: number;
  index: number;
  counts: number[];
  /** Typed questions: the answers given, normalised and grouped. */
  typed?: TypedGroup[];
  answered: number;
  right: number;
}
/** What a reveal teaches: the card's short explanation and its upstream source. Never sent before. */
export interface Teaching {
  explanation?: string;
  source?: string;
}
/** The teaching fields of a reveal or a revealed question, and nothing else. */
export function teachingOf(from: Teaching): Teaching {
  return {
    ...(from.explanation === undefined ? {} : { explanation: from.explanation }),
    ...(from.source === undefined ? {} : { source: from.source }),
  };
}
/** The current question in a snapshot: options from answering on, the outcome (and teaching) once revealed. */
export interface QuestionState extends Teaching {
  index: number;
  total: number;
  deckId: string;
  prompt: string;
  kind: QuestionKind;
  options: string[] | null;
  diagram?: QuestionDiagram;
  /** The end of the preview or of answering; null once it closed, or with no timer. */
  endsAt: number | null;
  correct?: number;
  accept?: string[];
  order?: number[];
  counts?: number[];
  typed?: TypedGroup[];
  answered?: number;
  right?: number;
}
/** A ranking as players see it: nobody's id. */
export type PublicStanding = Omit<Standing, 'playerId'>;
export interface ScoreAndRank {
  score: number;
  rank: number;
}
export type Empty = Record<string, never>;

interface Event<N extends string, D> {
  name: N;
  data: D;
}

export interface HostPlayerRow {
  playerId: string;
  nickname: string;
  team: number | null;
  connected: boolean;
  score: number;
  rank: number | null;
  /** Extra answering seconds the host granted this player. */
  extraSeconds: number;
}

export interface HostSnapshot {
  gameId: string;
  code: string;
  seq: number;
  phase: Phase;
  locked: boolean;
  settings: QuizSettings;
  total: number;
  question: QuestionState | null;
  answered: number | null;
  expected: number | null;
  players: HostPlayerRow[];
  top: Standing[];
  /** Everyone, at the podium only. */
  standings: Standing[] | null;
  teams: TeamStanding[];
  /** A challenge: its deadline and each player's progress. */
  challenge: { deadline: number; progress: ReturnType<typeof challengeProgressForHost> } | null;
}

export type HostEvent =
  | Event<'snapshot', HostSnapshot>
  | Event<'player-joined', { at: number; playerId: string; nickname: string; team: number | null; players: number }>
  | Event<'player-left', { at: number; playerId: string; reason: 'left' | 'kicked'; players: number }>
  | Event<'player-connection', { at: number; playerId: string; connected: boolean }>
  | Event<'host-connection', { at: number; connected: boolean }>
  | Event<'lobby-locked', { at: number; locked: boolean }>
  | Event<'game-started', { at: number; total: number; teams: Record<string, number> | null; timer: boolean; reducedMotion: boolean }>
  | Event<'question-preview', QuestionPreview>
  | Event<'question-open', QuestionOpen & { extraMs?: Record<string, number> }>
  | Event<'time-extended', { at: number; playerId: string; seconds: number }>
  | Event<
      'challenge-answer',
      {
        at: number;
        playerId: string;
        nickname: string;
        index: number;
        correct: boolean;
        points: number;
        score: number;
        answered: number;
        finished: boolean;
      }
    >
  | Event<'question-skipped', QuestionSkipped>
  | Event<'answer-count', { at: number; index: number; answered: number; expected: number }>
  | Event<'reveal', RevealCounts>
  | Event<'leaderboard', { at: number; index: number; total: number; top: Standing[]; players: number; teams: TeamStanding[] }>
  | Event<'podium', { at: number; standings: Standing[]; teams: TeamStanding[] }>
  | Event<'expired', Empty>
  | Event<'replaced', Empty>;

export type PlayerSnapshot =
  | { gameId: string; seq: number; phase: 'removed'; reason: 'left' | 'kicked' }
  | {
      gameId: string;
      seq: number;
      phase: Phase;
      hostConnected: boolean;
      total: number;
      question: QuestionState | null;
      /** Your locked option while answering (-1 for a typed or order answer: see yourText, yourOrder). */
      yourAnswer: number | null;
      yourText: string | null;
      yourOrder: number[] | null;
      /** The host's options: false when the host reveals each question; true for no animations. */
      timer: boolean;
      reducedMotion: boolean;
      /** Your last result, in reveal, leaderboard and podium. */
      last: QuestionOutcome | null;
      you: { playerId: string; nickname: string; team: number | null; score: number; rank: number | null };
      /** The top five in leaderboard and podium. */
      top: PublicStanding[] | null;
      teams: TeamStanding[];
    };

export type PlayerEvent =
  | Event<'snapshot', PlayerSnapshot>
  | Event<'joined', { at: number; playerId: string; nickname: string; team: number | null }>
  | Event<'game-started', { at: number; total: number; team: number | null; timer: boolean; reducedMotion: boolean }>
  | Event<'question-preview', QuestionPreview>
  | Event<'question-open', QuestionOpen>
  | Event<'time-extended', { at: number; seconds: number }>
  | Event<'answer-locked', { at: number; index: number; option: number; text?: string; order?: number[] }>
  | Event<'reveal', RevealCounts & { you: RevealResult | null }>
  | Event<'question-skipped', QuestionSkipped>
  | Event<
      'leaderboard',
      { at: number; index: number; total: number; top: PublicStanding[]; you: ScoreAndRank | null; teams: TeamStanding[] }
    >
  | Event<'podium', { at: number; top: PublicStanding[]; you: ScoreAndRank | null; teams: TeamStanding[] }>
  | Event<'host-connection', { at: number; connected: boolean }>
  | Event<'removed', { at: number; reason: 'left' | 'kicked' }>
  | Event<'expired', Empty>
  | Event<'replaced', Empty>;

/** Any event of a stream, as the server writes it. */
export type WireEvent = HostEvent | PlayerEvent;

/** The data of the event of this name. */
export type EventData<E extends WireEvent, N extends E['name']> = Extract<E, { name: N }>['data'];

/** Every name of a union, listed once and checked both ways (none missing, none extra). */
type AllNames<E extends WireEvent> = { [N in E['name']]: true };

export const HOST_EVENT_NAMES = Object.keys({
  snapshot: true,
  'player-joined': true,
  'player-left': true,
  'player-connection': true,
  'host-connection': true,
  'lobby-locked': true,
  'game-started': true,
  'question-preview': true,
  'question-open': true,
  'time-extended': true,
  'challenge-answer': true,
  'question-skipped': true,
  'answer-count': true,
  reveal: true,
  leaderboard: true,
  podium: true,
  expired: true,
  replaced: true,
} satisfies AllNames<HostEvent>) as HostEvent['name'][];

export const PLAYER_EVENT_NAMES = Object.keys({
  snapshot: true,
  joined: true,
  'game-started': true,
  'question-preview': true,
  'question-open': true,
  'time-extended': true,
  'answer-locked': true,
  reveal: true,
  'question-skipped': true,
  leaderboard: true,
  podium: true,
  'host-connection': true,
  removed: true,
  expired: true,
  replaced: true,
} satisfies AllNames<PlayerEvent>) as PlayerEvent['name'][];

/** After these the server ends the stream for good. */
export const FINAL_EVENTS = ['removed', 'expired', 'replaced'] as const satisfies readonly WireEvent['name'][];
