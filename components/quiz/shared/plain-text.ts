// A question's Markdown as words to speak or announce: no emphasis marks, code ticks or link targets.
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`~#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const LETTERS = 'ABCDEFGH';

/** The question and its options as one text: "Which runtime? A: runc. B: crun." */
export function questionSpeech(prompt: string, options: readonly string[] | null): string {
  const list = (options ?? []).map((o, i) => `${LETTERS[i] ?? i + 1}: ${plainText(o)}.`).join(' ');
  return list === '' ? plainText(prompt) : `${plainText(prompt)} ${list}`;
}
