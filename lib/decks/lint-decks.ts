// Content checks across compiled decks: the rules a good card follows beyond the schema.
import { canonicalTyped, clozeDeletions } from './answers';
import { lintUpgradeStages } from './lint-upgrade';
import type { CompiledCard, CompiledDeck, DeckProblem } from './types';

export interface LintOptions {
  minCards: number;
  maxPrompt: number;
  maxAnswer: number;
  /** A card tagged `scenario` states a symptom, which takes at least this many characters. */
  minScenarioPrompt: number;
}

export const DEFAULT_LINT: LintOptions = { minCards: 12, maxPrompt: 200, maxAnswer: 600, minScenarioPrompt: 40 };

export interface DeckLocation {
  file: string;
  /** Line of each card's heading, by card id. */
  cardLines: Map<string, number>;
}

/** Lower-case, no Markdown emphasis or code marks, whitespace collapsed. */
function plain(markdown: string): string {
  return markdown
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function containsWhole(haystack: string, needle: string): boolean {
  if (needle.length < 3) return false;
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9-])${escaped}($|[^a-z0-9-])`).test(haystack);
}

function revealed(card: CompiledCard): string[] {
  switch (card.kind) {
    case 'choice':
      return (card.choices ?? []).filter((c) => c.correct).map((c) => plain(c.text));
    case 'typed':
      return [plain(canonicalTyped(card.answer))];
    case 'cloze':
      return clozeDeletions(card.prompt).map(plain);
    case 'diagram':
      return (card.diagram?.names ?? []).map(plain);
    default:
      return [plain(card.answer)];
  }
}

export function lintDecks(
  decks: { deck: CompiledDeck; where: DeckLocation }[],
  options: LintOptions = DEFAULT_LINT,
): DeckProblem[] {
  const problems: DeckProblem[] = [];
  const prompts = new Map<string, string>();
  for (const { deck, where } of decks) {
    const line = (id: string) => where.cardLines.get(id) ?? 1;
    const report = (id: string, message: string) => problems.push({ file: where.file, line: line(id), message });
    if (deck.cards.length < options.minCards) {
      problems.push({ file: where.file, line: 1, message: `deck "${deck.id}" has ${deck.cards.length} cards; a deck needs at least ${options.minCards}` });
    }
    for (const card of deck.cards) {
      if (card.prompt.length > options.maxPrompt) {
        report(card.id, `prompt of "${card.id}" is ${card.prompt.length} characters; at most ${options.maxPrompt}`);
      }
      if (card.answer.length > options.maxAnswer) {
        report(card.id, `answer of "${card.id}" is ${card.answer.length} characters; at most ${options.maxAnswer}`);
      }
      if (card.tags.includes('scenario') && card.prompt.length < options.minScenarioPrompt) {
        report(
          card.id,
          `prompt of scenario "${card.id}" is ${card.prompt.length} characters; a scenario states a symptom in at least ${options.minScenarioPrompt}`,
        );
      }
      const key = plain(card.kind === 'cloze' ? card.prompt.replace(/\{\{|\}\}/g, '') : card.prompt);
      const first = prompts.get(key);
      if (first) report(card.id, `prompt of "${card.id}" duplicates the prompt of "${first}"`);
      else prompts.set(key, card.id);

      const promptText = plain(card.kind === 'cloze' ? card.prompt.replace(/\{\{[\s\S]+?\}\}/g, ' ') : card.prompt);
      for (const answer of revealed(card)) {
        if (containsWhole(promptText, answer)) {
          report(card.id, `the prompt of "${card.id}" gives its answer away ("${answer}")`);
        }
      }
      // An explanation that opens with "True" or "False" must agree with the card's truth line.
      const verdict = /^\W*(true|false)\b/i.exec(card.answer)?.[1]?.toLowerCase();
      if (card.kind === 'truefalse' && verdict && (verdict === 'true') !== card.truth) {
        report(card.id, `the answer of "${card.id}" opens with "${verdict}" but its truth line says ${String(card.truth)}`);
      }
      if (card.kind === 'choice') {
        const right = (card.choices ?? []).find((c) => c.correct);
        const wrongSame = (card.choices ?? []).some((c) => !c.correct && right && plain(c.text) === plain(right.text));
        if (wrongSame) report(card.id, `a wrong option of "${card.id}" equals its right option`);
      }
    }
  }
  problems.push(...lintUpgradeStages(decks));
  return problems;
}
