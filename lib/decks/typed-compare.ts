// Compares a typed answer with a card's accepted answers the way Anki's type-in comparison does: the
// closest accepted answer, shown beside what was typed with the differences marked. Case matters (commands,
// variables and config keys are case-sensitive), but an answer that differs only in case is named so. A
// command the quiz would accept (command-normalize.ts: flag order, aliases such as ls/list, quoting) is
// right here too, so a card and a quiz question never disagree about the same answer.
import diff from 'fast-diff';

import { normalizeTyped } from './answers';
import { normalizeCommand } from './command-normalize';

export type TypedResult = 'right' | 'case-only' | 'wrong' | 'empty';

/** A run of text: the same in both, only in what was typed (extra), or only in the answer (missing). */
export interface DiffSegment {
  text: string;
  kind: 'same' | 'extra' | 'missing';
}

export interface TypedComparison {
  result: TypedResult;
  /** The accepted answer closest to what was typed (the one it equals, once right). */
  expected: string;
  /** Right only once normalised as a command: another spelling of `expected` (flag order, alias, quoting). */
  sameCommand: boolean;
  given: string;
  /** What was typed, with its extra characters marked. */
  givenSegments: DiffSegment[];
  /** The expected answer, with the characters the typed answer lacked marked. */
  expectedSegments: DiffSegment[];
}

function distance(a: string, b: string): number {
  return diff(a, b).reduce((sum, [op, text]) => sum + (op === diff.EQUAL ? 0 : text.length), 0);
}

function closest(given: string, candidates: readonly string[]): string {
  const sameLetters = candidates.find((a) => a.toLowerCase() === given.toLowerCase());
  if (sameLetters !== undefined) return sameLetters;
  return candidates.reduce((best, a) => (distance(given, a) < distance(given, best) ? a : best), candidates[0] ?? '');
}

function resultOf(given: string, expected: string): TypedResult {
  if (given.length === 0) return 'empty';
  if (given === expected) return 'right';
  return given.toLowerCase() === expected.toLowerCase() ? 'case-only' : 'wrong';
}

export function compareTyped(input: string, accept: readonly string[]): TypedComparison {
  const given = normalizeTyped(input);
  const candidates = accept.map(normalizeTyped).filter((a) => a.length > 0);
  const key = normalizeCommand(given);
  const equivalent = candidates.includes(given) || key === '' ? undefined : candidates.find((a) => normalizeCommand(a) === key);
  const expected = candidates.includes(given) ? given : (equivalent ?? closest(given, candidates));
  const givenSegments: DiffSegment[] = [];
  const expectedSegments: DiffSegment[] = [];
  for (const [op, text] of diff(given, expected)) {
    if (op === diff.EQUAL) {
      givenSegments.push({ text, kind: 'same' });
      expectedSegments.push({ text, kind: 'same' });
    } else if (op === diff.DELETE) givenSegments.push({ text, kind: 'extra' });
    else expectedSegments.push({ text, kind: 'missing' });
  }
  const result = equivalent === undefined ? resultOf(given, expected) : 'right';
  return { result, expected, sameCommand: equivalent !== undefined, given, givenSegments, expectedSegments };
}
