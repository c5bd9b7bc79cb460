// Pure helpers for answer kinds: cloze deletions and typed-answer comparison.

const CLOZE = /\{\{([\s\S]+?)\}\}/g;

export function clozeDeletions(text: string): string[] {
  return [...text.matchAll(CLOZE)].map((m) => m[1].trim());
}

/** The prompt side of a cloze: every deletion hidden. */
export function clozeFront(text: string): string {
  return text.replace(CLOZE, '**[…]**');
}

/** The answer side of a cloze: every deletion filled in and emphasised. */
export function clozeBack(text: string): string {
  return text.replace(CLOZE, (_, inner: string) => `**${inner.trim()}**`);
}

/** Typed answers compare after trimming and collapsing whitespace; surrounding backticks are ignored. */
export function normalizeTyped(input: string): string {
  return input.trim().replace(/^`+|`+$/g, '').trim().replace(/\s+/g, ' ');
}

/** The canonical typed answer: a lone `code span` on the answer's first line, else that line. */
export function canonicalTyped(answer: string): string {
  const first = answer.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  const code = /^`([^`]+)`\.?$/.exec(first);
  return code ? code[1].trim() : first;
}
