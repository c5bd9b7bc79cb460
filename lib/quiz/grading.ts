// Grades one response against its question: which kind of response fits, and how much it earns.
// Options: right or wrong. Typed commands: right when the normalised command (lib/decks/command-normalize)
// is one of the card's accepted forms. Orders: full credit when every step is in place; otherwise the
// Kendall tau distance, clamped at 0: credit = max(0, (concordant − discordant pairs) ÷ all pairs), so a
// single swap of neighbours in five steps keeps 0.8 of the points and a shuffled or reversed order nothing.
import { normalizeCommand, sameCommand } from '@/lib/decks/command-normalize';

import type { Answer, Question, QuestionKind, AnswerResponse, TypedGroup } from './types';

/** Longest typed answer a player may send. */
export const TYPED_MAX_CHARS = 300;
/** Groups of typed answers a reveal shows (the rest are counted, not listed). */
export const TYPED_GROUPS_MAX = 8;

export const kindOf = (question: { kind?: QuestionKind }): QuestionKind => question.kind ?? 'choice';

export type Graded = { ok: true; answer: Omit<Answer, 'elapsedMs'> } | { ok: false; error: string };

const isPermutation = (order: unknown, n: number): order is number[] =>
  Array.isArray(order) && order.length === n && order.every((i) => Number.isInteger(i) && i >= 0 && i < n) && new Set(order).size === n;

/** Kendall tau between the player's order and the right one, clamped at 0; 1 when all in place. */
export function orderCredit(given: readonly number[], right: readonly number[]): number {
  const rank = new Map(right.map((option, i) => [option, i]));
  let concordant = 0;
  let pairs = 0;
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      pairs++;
      if ((rank.get(given[i] as number) ?? 0) < (rank.get(given[j] as number) ?? 0)) concordant++;
    }
  }
  if (pairs === 0) return 1;
  return Math.max(0, (2 * concordant - pairs) / pairs);
}

export function gradeResponse(question: Question, response: AnswerResponse): Graded {
  const kind = kindOf(question);
  if (kind === 'typed') {
    if (!('text' in response) || typeof response.text !== 'string') return { ok: false, error: 'this question takes a typed answer' };
    const text = response.text.trim();
    if (text.length === 0) return { ok: false, error: 'type an answer' };
    if (text.length > TYPED_MAX_CHARS) return { ok: false, error: `answers are at most ${TYPED_MAX_CHARS} characters` };
    return { ok: true, answer: { option: -1, text, credit: sameCommand(text, question.accept ?? []) ? 1 : 0 } };
  }
  if (kind === 'order') {
    if (!('order' in response)) return { ok: false, error: 'this question takes an order of the steps' };
    if (!isPermutation(response.order, question.options.length)) return { ok: false, error: 'the order must name every step once' };
    return { ok: true, answer: { option: -1, order: [...response.order], credit: orderCredit(response.order, question.order ?? []) } };
  }
  if (!('option' in response)) return { ok: false, error: 'this question takes an option' };
  const { option } = response;
  if (!Number.isInteger(option) || option < 0 || option >= question.options.length) return { ok: false, error: 'no such option' };
  return { ok: true, answer: { option, credit: option === question.correct ? 1 : 0 } };
}

/** A response that earns full credit: what projector mode records for a player the host marks right. */
export function rightResponse(question: Question): AnswerResponse {
  const kind = kindOf(question);
  if (kind === 'typed') return { text: question.accept?.[0] ?? '' };
  if (kind === 'order') return { order: [...(question.order ?? [])] };
  return { option: question.correct };
}

/** Per option: how many picked it, or for `order` how many put it in its right place. */
export function optionCounts(question: Question, answers: readonly Answer[]): number[] {
  const counts = question.options.map(() => 0);
  const right = question.order ?? [];
  for (const answer of answers) {
    if (answer.order !== undefined) {
      answer.order.forEach((option, place) => {
        if (right[place] === option) counts[option] = (counts[option] ?? 0) + 1;
      });
    } else if (answer.option >= 0) counts[answer.option] = (counts[answer.option] ?? 0) + 1;
  }
  return counts;
}

/** The typed answers given, normalised and grouped, most frequent first (at most TYPED_GROUPS_MAX). */
export function typedGroups(answers: readonly Answer[]): TypedGroup[] {
  const groups = new Map<string, TypedGroup>();
  for (const answer of answers) {
    if (answer.text === undefined) continue;
    const text = normalizeCommand(answer.text);
    const group = groups.get(text) ?? { text, count: 0, right: answer.credit === 1 };
    group.count++;
    groups.set(text, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).slice(0, TYPED_GROUPS_MAX);
}
