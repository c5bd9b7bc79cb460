// The upgrade session orders its cards by the stage each one names (`upgrade:`), so every card that
// changes between two supported lines must name one; a card no upgrade offers (it holds alike for every
// supported line, and is no variant of one that changes) may not, since the stage would mean nothing.
import type { DeckLocation } from './lint-decks';
import type { CompiledDeck, DeckProblem } from './types';
import { changeBetweenLines } from './upgrade';
import { UPGRADE_STAGE_IDS } from './upgrade-stages';

export function lintUpgradeStages(decks: readonly { deck: CompiledDeck; where: DeckLocation }[]): DeckProblem[] {
  const problems: DeckProblem[] = [];
  const cards = decks.flatMap(({ deck }) => deck.cards);
  const changing = new Set(cards.filter((c) => changeBetweenLines(c.versions)).map((c) => c.id));
  const offered = new Set([...changing, ...cards.filter((c) => changing.has(c.id)).flatMap((c) => c.variants ?? [])]);
  for (const { deck, where } of decks) {
    for (const card of deck.cards) {
      const at = (message: string) => problems.push({ file: where.file, line: where.cardLines.get(card.id) ?? 1, message });
      const change = changeBetweenLines(card.versions);
      if (change && !card.upgrade) {
        at(
          `"${card.id}" holds for ${change.holds} and not for ${change.not}, so an upgrade offers it: add an "upgrade:" line naming the stage containerd's notes put the change under (${UPGRADE_STAGE_IDS.join(', ')})`,
        );
      } else if (!offered.has(card.id) && card.upgrade) {
        at(`"${card.id}" holds alike for every supported line and no upgrade offers it: remove its "upgrade: ${card.upgrade}" line`);
      }
    }
  }
  return problems;
}
