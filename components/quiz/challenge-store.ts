// A challenge on this phone, kept in localStorage so it survives a closed tab and plays offline: the
// player's token, the questions fetched one at a time when it opened, the answers given (the queue of
// those not yet sent) and the outcomes the server sent back. One record per join code.

export interface ChallengeQuestion {
  index: number;
  total: number;
  deckId: string;
  kind: 'choice' | 'truefalse' | 'typed' | 'order';
  prompt: string;
  options: string[];
  diagram?: { id: string; regions: string[] };
}

export type ChallengeResponse = { option: number } | { text: string } | { order: number[] };

/** What the server returns once it recorded an answer: the outcome and the right answer. */
export interface ChallengeOutcome {
  index: number;
  kind: string;
  correct: number;
  accept?: string[];
  order?: number[];
  result: { option: number | null; correct: boolean; points: number; credit?: number; text?: string; order?: number[] } | null;
  score?: number;
}

export interface SavedChallenge {
  code: string;
  gameId: string;
  playerToken: string;
  nickname: string;
  deadline: number;
  total: number;
  questions: ChallengeQuestion[];
  /** Every answer given on this phone, by question index. */
  answers: Record<number, ChallengeResponse>;
  /** Answers not yet recorded by the server, oldest first. */
  queue: number[];
  outcomes: Record<number, ChallengeOutcome>;
  score: number;
  /** Set when the server refused further answers (deadline passed, host closed it). */
  closed: string | null;
}

const key = (code: string) => `cc-challenge:${code}`;

export function loadChallenge(code: string): SavedChallenge | null {
  try {
    const raw = localStorage.getItem(key(code));
    return raw === null ? null : (JSON.parse(raw) as SavedChallenge);
  } catch {
    return null;
  }
}

/** False when the phone would not keep it (storage blocked or full): the screen says so. */
export function saveChallenge(saved: SavedChallenge): boolean {
  try {
    localStorage.setItem(key(saved.code), JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

export function forgetChallenge(code: string): void {
  try {
    localStorage.removeItem(key(code));
  } catch {
    // Nothing was kept.
  }
}

/** The first question not answered on this phone, or `total` when all are. */
export function nextQuestion(saved: SavedChallenge): number {
  for (let i = 0; i < saved.total; i++) if (saved.answers[i] === undefined && saved.outcomes[i] === undefined) return i;
  return saved.total;
}
