// Compares a typed answer with a card's accepted answers the way Anki's type-in comparison does: the
// closest accepted answer, shown beside what was typed with the differences marked. Case matters (commands,
// variables and config keys are case-sensitive), but an answer that differs only in case is named so.
import diff from 'fast-diff';

import { normalizeTyped } from './answers';

export type TypedResult = 'right' | 'case-only' | 'wrong' | 'empty';

/** A run of text: the same in both, only in what was typed (extra), or only in the answer (missing). */
export interface DiffSegment {
  text: string;
  kind: 'same' | 'extra' | 'missing';
}

export interface TypedComparison {
  result: TypedResult;
  /** The accepted answer closest to what was typed. */
  expected: string;
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
  const expected = candidates.includes(given) ? given : closest(given, candidates);
  const givenSegments: DiffSegment[] = [];
  const expectedSegments: DiffSegment[] = [];
  for (const [op, text] of diff(given, expected)) {
    if (op === diff.EQUAL) {
      givenSegments.push({ text, kind: 'same' });
      expectedSegments.push({ text, kind: 'same' });
    } else if (op === diff.DELETE) givenSegments.push({ text, kind: 'extra' });
    else expectedSegments.push({ text, kind: 'missing' });
  }
  return { result: resultOf(given, expected), expected, given, givenSegments, expectedSegments };
}
