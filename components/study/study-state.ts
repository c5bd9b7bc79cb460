// The study session's state as one reducer: which card is on screen, whether it is revealed, whether an
// operation is running, and this session's own answers (what Undo takes back, and the honest counts).
import type { CardRow, CardStateRow, DeckQueue } from '@/lib/db';
import type { Rating } from '@/lib/srs';

export interface Current {
  row: CardStateRow;
  card: CardRow;
  shownAt: number;
}

/** One step taken in this session: Undo takes these back, newest first, and no others. */
export type SessionStep = {
  cardId: string;
  /** The card's prompt as plain text, to say on the Undo button what it takes back. */
  prompt: string;
} & ({ kind: 'answer'; logId: number; rating: Rating } | { kind: 'bury' | 'suspend'; before: CardStateRow });

export type SessionAnswer = Extract<SessionStep, { kind: 'answer' }>;

export interface StudyState {
  current: Current | null;
  finished: (DeckQueue & { at: number }) | null;
  revealed: boolean;
  /** An answer, undo or card pick is running; every such operation ends with `settled`. */
  busy: boolean;
  notice: string | null;
  startedAt: number;
  steps: SessionStep[];
}

export interface ShowAction {
  type: 'show';
  current: Current | null;
  finished: (DeckQueue & { at: number }) | null;
  /** Show the answer side at once (a card put back after its answer could not be written). */
  revealed?: boolean;
}

export type StudyAction =
  | ShowAction
  | { type: 'reveal' }
  | { type: 'start' }
  | { type: 'settled'; notice?: string | null }
  | { type: 'did'; step: SessionStep }
  | { type: 'undone'; step: SessionStep; current: Current | null }
  | { type: 'notice'; notice: string | null };

export function initialStudyState(now: number): StudyState {
  return { current: null, finished: null, revealed: false, busy: false, notice: null, startedAt: now, steps: [] };
}

export function studyReducer(state: StudyState, action: StudyAction): StudyState {
  switch (action.type) {
    case 'show':
      return {
        ...state,
        current: action.current,
        finished: action.current ? null : action.finished,
        revealed: action.current !== null && action.revealed === true,
      };
    case 'reveal':
      return state.current ? { ...state, revealed: true } : state;
    case 'start':
      return { ...state, busy: true, notice: null };
    case 'settled':
      return { ...state, busy: false, notice: action.notice === undefined ? state.notice : action.notice };
    case 'did':
      return { ...state, steps: [...state.steps, action.step] };
    case 'undone': {
      const steps = state.steps.filter((s) => s !== action.step);
      if (!action.current) return { ...state, steps };
      return { ...state, steps, current: action.current, finished: null, revealed: false };
    }
    case 'notice':
      return { ...state, notice: action.notice };
  }
}

export interface SessionTally {
  /** Answers given (a card answered three times counts three). */
  answers: number;
  /** Distinct cards answered. */
  cards: number;
  again: number;
}

export function sessionTally(steps: readonly SessionStep[]): SessionTally {
  const answers = steps.filter((s): s is SessionAnswer => s.kind === 'answer');
  return {
    answers: answers.length,
    cards: new Set(answers.map((a) => a.cardId)).size,
    again: answers.filter((a) => a.rating === 1).length,
  };
}

/** What Undo would take back, or null when this session has nothing to undo. */
export function nextUndo(state: StudyState): SessionStep | null {
  return state.steps.at(-1) ?? null;
}

/** Cards this session answered (buried or suspended cards are not studied). */
export function answeredCards(steps: readonly SessionStep[]): string[] {
  return [...new Set(steps.filter((s) => s.kind === 'answer').map((s) => s.cardId))];
}
