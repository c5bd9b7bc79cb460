// The quiz engine's data: settings, state, commands and events. All plain, JSON-serialisable data.

/** A diagram question: the picture to draw, and the region each option stands for (same order). */
export interface QuestionDiagram {
  id: string;
  regions: string[];
}

/**
 * How a question is answered: pick an option (`choice`, `truefalse`), type a command (`typed`), or put
 * the options in order (`order`). Absent means `choice`.
 */
export type QuestionKind = 'choice' | 'truefalse' | 'typed' | 'order';

export interface QuizCard {
  id: string;
  deckId: string;
  kind?: QuestionKind;
  prompt: string;
  /** The options; for `order` the steps in their right order; empty for `typed`. */
  choices: string[];
  /** Index into `choices` of the right option; -1 for `typed` and `order`. */
  correct: number;
  /** `typed`: the accepted answers, canonical first. */
  accept?: string[];
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
  /** False: no countdown, the question stays open until the host reveals it (or all have answered). */
  timer: boolean;
  /** Clients play no animations (confetti, count-ups, slides). */
  reducedMotion: boolean;
}

/** A player's response to a question, as sent: an option, a typed command, or an order of the options. */
export type AnswerResponse = { option: number } | { text: string } | { order: number[] };

export type Phase = 'lobby' | 'preview' | 'answering' | 'reveal' | 'leaderboard' | 'podium' | 'challenge';

export interface Question {
  cardId: string;
  deckId: string;
  kind?: QuestionKind;
  prompt: string;
  /** Shuffled options (`truefalse`: "True", "False" in that order; `typed`: none). */
  options: string[];
  /** Index of the right option; -1 for `typed` and `order`. */
  correct: number;
  /** `typed`: the accepted answers, canonical first. */
  accept?: string[];
  /** `order`: the indexes of `options` in their right order. */
  order?: number[];
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
  /** Share of the full points the answer earned, 0–1 (partly right orders earn between). */
  credit?: number;
  /** `typed`: what the player typed. */
  text?: string;
  /** `order`: the player's order of the options. */
  order?: number[];
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
  /** The share of the points earned at each revealed question the player was in (null: no answer). */
  credits?: Credits;
  /** The random identifier the player's device sent on join: recognises the player across games. */
  deviceId?: string;
}

/**
 * A player's option at each revealed question, keyed by question index; null for no answer. A typed or
 * order answer picks no option: it is absent here, and its outcome is in `Credits`.
 */
export type Picks = Record<number, number | null>;

/**
 * What a player's answer earned at each revealed question they were in, keyed by question index: 1 right,
 * 0 wrong, between for a partly right order; null for no answer. Right or wrong is read here, whatever the
 * kind of question.
 */
export type Credits = Record<number, number | null>;

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
  credits?: Credits;
  deviceId?: string;
}

export interface Answer {
  /** The option picked; -1 for `typed` and `order` answers. */
  option: number;
  elapsedMs: number;
  /** `typed`: the text as sent (trimmed). */
  text?: string;
  /** `order`: the player's order of the options. */
  order?: number[];
  /** Share of the points it earns, 0–1, graded when it arrived (grading.ts). */
  credit: number;
}

/** `typed` reveal: the answers given, normalised and grouped, most frequent first. */
export interface TypedGroup {
  text: string;
  count: number;
  right: boolean;
}

export interface QuestionResult {
  index: number;
  cardId: string;
  deckId: string;
  skipped: boolean;
  /** Per option how many picked it; `order`: per option how many put it in its right place. */
  counts: number[];
  /** `typed`: the answers given, grouped (the most frequent TYPED_GROUPS_MAX). */
  typed?: TypedGroup[];
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
  /** Extra answering seconds the host granted a player (accessibility), by player id. */
  extraSeconds: Record<string, number>;
  /** Set for a challenge: played alone, at one's own pace, until the deadline (challenge.ts). */
  challenge?: ChallengeInfo;
  createdAt: number;
}

/** A challenge player's progress: the next question and the answers so far, graded. */
export interface ChallengeProgress {
  next: number;
  outcomes: (QuestionOutcome & { at: number })[];
  finishedAt: number | null;
}

export interface ChallengeInfo {
  deadline: number;
  progress: Record<string, ChallengeProgress>;
  /** Per question: how many picked each option / placed it right, and the typed answers. */
  results: QuestionResult[];
}

export type QuizCommand =
  | { type: 'join'; playerId: string; nickname: string; deviceId?: string }
  | { type: 'leave'; playerId: string }
  | { type: 'kick'; playerId: string }
  | { type: 'lock'; locked: boolean }
  | { type: 'connection'; playerId: string; connected: boolean }
  | { type: 'host-connection'; connected: boolean }
  | { type: 'start' }
  | ({ type: 'answer'; playerId: string; index?: number } & AnswerResponse)
  | { type: 'extend'; playerId: string; seconds: number }
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
  | { type: 'game-started'; total: number; teams: Record<string, number> | null; timer: boolean; reducedMotion: boolean }
  | { type: 'question-preview'; index: number; total: number; deckId: string; prompt: string; endsAt: number }
  | {
      type: 'question-open';
      index: number;
      total: number;
      deckId: string;
      prompt: string;
      kind: QuestionKind;
      options: string[];
      diagram?: QuestionDiagram;
      /** The displayed end of answering; null with no timer. */
      endsAt: number | null;
      /** Players granted extra time, and how many ms (views.ts moves each one's own endsAt and drops the map). */
      extraMs?: Record<string, number>;
    }
  | {
      type: 'answer-received';
      playerId: string;
      index: number;
      option: number;
      text?: string;
      order?: number[];
      answered: number;
      expected: number;
    }
  | { type: 'time-extended'; playerId: string; seconds: number }
  | {
      type: 'reveal';
      index: number;
      kind: QuestionKind;
      correct: number;
      /** `typed`: the accepted answers; `order`: the right order of the options. */
      accept?: string[];
      order?: number[];
      typed?: TypedGroup[];
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
  | {
      type: 'challenge-answer';
      playerId: string;
      nickname: string;
      index: number;
      correct: boolean;
      points: number;
      score: number;
      answered: number;
      finished: boolean;
    }
);

export type QuizEventType = QuizEvent['type'];

export type QuizResult =
  | { ok: true; state: QuizState; events: QuizEvent[] }
  | { ok: false; error: string; status: 'conflict' | 'forbidden' | 'not-found' | 'invalid' };
