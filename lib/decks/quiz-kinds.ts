// The checks of the two card kinds made for quiz games: a true/false statement (`truth:`) and steps to
// put in order (`### Steps`, a numbered list in the right order).
import type { RawCard } from './parse-deck';
import type { OrderStep } from './types';

export const MIN_STEPS = 3;
export const MAX_STEPS = 8;

const NUMBERED = /^(\d+)[.)]\s+(.+)$/;
const BULLET = /^[-*+]\s+/;

type Problem = (line: number, message: string) => void;

/** A true/false card states something: its `truth:` line is required and its prompt is no question. */
export function checkTrueFalse(rc: RawCard, name: string, truth: boolean | undefined, problem: Problem): void {
  if (truth === undefined && !rc.fields.has('truth')) {
    problem(rc.line, `true/false card "${name}" needs a "truth: true" or "truth: false" line`);
  }
  const prompt = rc.sections.get('Prompt');
  if (prompt && /\?\s*$/.test(prompt.value)) {
    problem(prompt.line, `the prompt of true/false card "${name}" is a statement to judge, not a question: drop the "?"`);
  }
}

/** An order card's steps: a numbered list 1., 2., … of 3 to 8 distinct one-line steps, in the right order. */
export function parseSteps(rc: RawCard, name: string, problem: Problem): OrderStep[] | undefined {
  const section = rc.sections.get('Steps');
  if (!section) {
    problem(rc.line, `order card "${name}" has no "### Steps" section (a numbered list "1. …" in the right order)`);
    return undefined;
  }
  const steps: OrderStep[] = [];
  let ok = true;
  const fail = (line: number, message: string) => {
    ok = false;
    problem(line, message);
  };
  section.value.split('\n').forEach((l, i) => {
    const text = l.trim();
    if (text === '') return;
    const line = section.line + 1 + i;
    const m = NUMBERED.exec(text);
    if (!m) {
      // Counted as a step all the same, so the numbers after it are not reported too.
      fail(
        line,
        BULLET.test(text)
          ? `steps are a numbered list ("${steps.length + 1}. …"), not bullets: the numbers say the right order (card "${name}")`
          : `step lines look like "1. step", one step a line (card "${name}")`,
      );
      steps.push({ text: text.replace(BULLET, '') });
      return;
    }
    if (Number(m[1]) !== steps.length + 1) {
      fail(line, `step ${steps.length + 1} is numbered ${m[1]}: number the steps 1, 2, 3… in their right order (card "${name}")`);
    }
    steps.push({ text: m[2].trim() });
  });
  if (steps.length < MIN_STEPS || steps.length > MAX_STEPS) {
    fail(section.line, `order card "${name}" has ${steps.length} steps; it needs ${MIN_STEPS} to ${MAX_STEPS}`);
  }
  const seen = new Map<string, number>();
  steps.forEach((s, i) => {
    const key = s.text.toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) fail(section.line, `order card "${name}" repeats a step: ${i + 1} is the same as ${first + 1}`);
    else seen.set(key, i);
  });
  return ok ? steps : undefined;
}
