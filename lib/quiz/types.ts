// The quiz engine's data: settings, state, commands and events. All plain, JSON-serialisable data.

/** A diagram question: the picture to draw, and the region each option stands for (same order). */
export interface QuestionDiagram {
  id: string;
  regions: string[];
}

export interface QuizCard {
  id: string;
  deckId: string;
  prompt: string;
  choices: string[];
  /** Index into `choices` of the right option. */
  correct: number;
  source?: string;
  /** The card's short answer text, shown at the reveal (Markdown, rendered sanitised like cards). */
  explanation?: string;
  /** Diagram cards: players tap the region of their option in this picture. */
  diagram?: QuestionDiagram;
}

export type ScoringMode = 'speed' | 'accuracy';

export interface QuizSettings {
  questionCount: number;
  secondsPerQuestion: number;
  /** Read-only time showing the prompt before options open; 0 opens them at once. */
  previewSeconds: number;
  scoring: ScoringMode;
  streakBonus: boolean;
  /** 0 for everyone-for-themselves, otherwise 2 or more teams. */
  teamCount: number;
  maxPlayers: number;
  /** Answers arriving this long after the displayed deadline still count (network latency). */
  graceMs: number;
}

export type Phase = 'lobby' | 'preview' | 'answering' | 'reveal' | 'leaderboard' | 'podium';

export interface Question {
  cardId: string;
  deckId: string;
  prompt: string;
  /** Shuffled options. */
  options: string[];
  correct: number;
  source?: string;
  explanation?: string;
  /** `regions` in the order of `options`. */
  diagram?: QuestionDiagram;
}

export type PlayerStatus = 'active' | 'left' | 'kicked';

export interface QuestionOutcome {
  option: number | null;
  correct: boolean;
  points: number;
}

export interface Player {
  id: string;
  nickname: string;
  /** Confusable-skeleton keys of the nickname (nicknameKeys): two active players may not share one. */
  nicknameKeys: string[];
  team: number | null;
  status: PlayerStatus;
  connected: boolean;
  joinedAt: number;
  score: number;
  streak: number;
  rightCount: number;
  answeredCount: number;
  /** The outcome of the last revealed question, null before any or when the player missed it. */
  last: QuestionOutcome | null;
  /** The option picked at each revealed question the player was in (null: no answer), by question index. */
  picks?: Picks;
  /** The random identifier the player's device sent on join: recognises the player across games. */
  deviceId?: string;
}

/** A player's option at each revealed question, keyed by question index; null for no answer. */
export type Picks = Record<number, number | null>;

/** A player who left or was kicked, kept only for the report (their score and answers). */
export interface DepartedPlayer {
  id: string;
  nickname: string;
  team: number | null;
  status: Exclude<PlayerStatus, 'active'>;
  score: number;
  rightCount: number;
  answeredCount: number;
  picks?: Picks;
  deviceId?: string;
}

export interface Answer {
  option: number;
  elapsedMs: number;
}

export interface QuestionResult {
  index: number;
  cardId: string;
  deckId: string;
  skipped: boolean;
  counts: number[];
  answered: number;
  right: number;
  /** Active players when the question closed. */
  players: number;
}

export interface QuizState {
  phase: Phase;
  settings: QuizSettings;
  questions: Question[];
  /** Current question, -1 in the lobby. */
  index: number;
  /** Active players only: a player who leaves or is kicked moves to `departed`. */
  players: Player[];
  /** Departed players who scored or answered, for the report; the oldest go first past a cap. */
  departed: DepartedPlayer[];
  /** Nickname keys of kicked players: those names cannot join this game again. */
  bannedNames: string[];
  locked: boolean;
  hostConnected: boolean;
  /** When the current phase began. */
  phaseStartedAt: number;
  /** The displayed end of the answering window (no grace). */
  answeringEndsAt: number | null;
  /** When a `tick` moves the game on by itself (preview end, or answering end plus grace). */
  deadline: number | null;
  answers: Record<string, Answer>;
  results: QuestionResult[];
  createdAt: number;
}

export type QuizCommand =
  | { type: 'join'; playerId: string; nickname: string; deviceId?: string }
  | { type: 'leave'; playerId: string }
  | { type: 'kick'; playerId: string }
  | { type: 'lock'; locked: boolean }
  | { type: 'connection'; playerId: string; connected: boolean }
  | { type: 'host-connection'; connected: boolean }
  | { type: 'start' }
  | { type: 'answer'; playerId: string; option: number; index?: number }
  | { type: 'next' }
  | { type: 'skip' }
  | { type: 'end' }
  | { type: 'tick' };

export interface Standing {
  playerId: string;
  nickname: string;
  team: number | null;
  score: number;
  rank: number;
}

export interface TeamStanding {
  team: number;
  name: string;
  members: number;
  score: number;
  rank: number;
}

export interface RevealResult extends QuestionOutcome {
  score: number;
  rank: number;
  streak: number;
}

export type QuizEvent = { at: number } & (
  | { type: 'player-joined'; playerId: string; nickname: string; team: number | null; players: number }
  | { type: 'player-left'; playerId: string; reason: 'left' | 'kicked'; players: number }
  | { type: 'player-connection'; playerId: string; connected: boolean }
  | { type: 'host-connection'; connected: boolean }
  | { type: 'lobby-locked'; locked: boolean }
  | { type: 'game-started'; total: number; teams: Record<string, number> | null }
  | { type: 'question-preview'; index: number; total: number; deckId: string; prompt: string; endsAt: number }
  | {
      type: 'question-open';
      index: number;
      total: number;
      deckId: string;
      prompt: string;
      options: string[];
      diagram?: QuestionDiagram;
      endsAt: number;
    }
  | { type: 'answer-received'; playerId: string; index: number; option: number; answered: number; expected: number }
  | {
      type: 'reveal';
      index: number;
      correct: number;
      counts: number[];
      answered: number;
      right: number;
      results: Record<string, RevealResult>;
      explanation?: string;
      source?: string;
    }
  | { type: 'question-skipped'; index: number }
  | { type: 'leaderboard'; index: number; total: number; standings: Standing[]; teams: TeamStanding[] }
  | { type: 'podium'; standings: Standing[]; teams: TeamStanding[] }
);

export type QuizEventType = QuizEvent['type'];

export type QuizResult =
  | { ok: true; state: QuizState; events: QuizEvent[] }
  | { ok: false; error: string; status: 'conflict' | 'forbidden' | 'not-found' | 'invalid' };
