// The study session's state as one reducer: which card is on screen, whether it is revealed, whether an
// operation is running, and this session's own answers (what Undo takes back, and the honest counts).
import type { CardRow, CardStateRow, DeckQueue } from '@/lib/db';
import type { Rating } from '@/lib/srs';

export interface Current {
  row: CardStateRow;
  card: CardRow;
  shownAt: number;
}

/** One answer given in this session: Undo takes these back, newest first, and no others. */
export interface SessionAnswer {
  logId: number;
  cardId: string;
  rating: Rating;
  /** The card's prompt as plain text, to say on the Undo button what it takes back. */
  prompt: string;
}

export interface StudyState {
  current: Current | null;
  finished: (DeckQueue & { at: number }) | null;
  revealed: boolean;
  /** An answer, undo or card pick is running; every such operation ends with `settled`. */
  busy: boolean;
  notice: string | null;
  startedAt: number;
  answers: SessionAnswer[];
}

export type StudyAction =
  | { type: 'show'; current: Current | null; finished: (DeckQueue & { at: number }) | null }
  | { type: 'reveal' }
  | { type: 'start' }
  | { type: 'settled'; notice?: string | null }
  | { type: 'answered'; answer: SessionAnswer }
  | { type: 'undone'; logId: number; current: Current | null }
  | { type: 'notice'; notice: string | null };

export function initialStudyState(now: number): StudyState {
  return { current: null, finished: null, revealed: false, busy: false, notice: null, startedAt: now, answers: [] };
}

export function studyReducer(state: StudyState, action: StudyAction): StudyState {
  switch (action.type) {
    case 'show':
      return { ...state, current: action.current, finished: action.current ? null : action.finished, revealed: false };
    case 'reveal':
      return state.current ? { ...state, revealed: true } : state;
    case 'start':
      return { ...state, busy: true, notice: null };
    case 'settled':
      return { ...state, busy: false, notice: action.notice === undefined ? state.notice : action.notice };
    case 'answered':
      return { ...state, answers: [...state.answers, action.answer] };
    case 'undone': {
      const answers = state.answers.filter((a) => a.logId !== action.logId);
      if (!action.current) return { ...state, answers };
      return { ...state, answers, current: action.current, finished: null, revealed: false };
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

export function sessionTally(answers: readonly SessionAnswer[]): SessionTally {
  return {
    answers: answers.length,
    cards: new Set(answers.map((a) => a.cardId)).size,
    again: answers.filter((a) => a.rating === 1).length,
  };
}

/** What Undo would take back, or null when this session has nothing to undo. */
export function nextUndo(state: StudyState): SessionAnswer | null {
  return state.answers.at(-1) ?? null;
}
