// Cards that ask the same for different containerd versions name each other on a `variants:` line, so
// the study screen can show the learner's version first and the others beneath. The check: every named
// card exists, is not the card itself, names it back, and holds for no release line the card holds for.
import type { DeckLocation } from './lint-decks';
import type { CompiledDeck, DeckProblem } from './types';
import { describeVersions, sharedLine } from './versions';

export function checkVariants(compiled: readonly { deck: CompiledDeck; where: DeckLocation }[]): DeckProblem[] {
  const cards = new Map(compiled.flatMap(({ deck }) => deck.cards.map((c) => [c.id, c] as const)));
  const problems: DeckProblem[] = [];
  for (const { deck, where } of compiled) {
    for (const card of deck.cards) {
      const at = (message: string) =>
        problems.push({ file: where.file, line: where.cardLines.get(card.id) ?? 1, message: `${message} (card "${card.id}")` });
      const seen = new Set<string>();
      for (const id of card.variants ?? []) {
        const other = cards.get(id);
        if (seen.has(id)) at(`variants names "${id}" twice`);
        else if (id === card.id) at('variants names the card itself');
        else if (!other) at(`variants names "${id}", which is no card`);
        else if (!(other.variants ?? []).includes(card.id)) at(`variants names "${id}", which does not name this card back`);
        else {
          const line = sharedLine(card.versions, other.versions);
          if (line) {
            at(
              `variants names "${id}", which also holds for ${line} (${describeVersions(other.versions)} against ${describeVersions(card.versions)}): variants hold for different versions`,
            );
          }
        }
        seen.add(id);
      }
    }
  }
  return problems;
}
