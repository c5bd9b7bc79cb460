// The upgrade session's cards: every current card, chosen and ordered by lib/decks/upgrade.ts.
import type { StudyLine } from '@/lib/decks/releases';
import { upgradeCards, type UpgradeItem } from '@/lib/decks/upgrade';

import { allCards } from './card-rows';
import type { CardRow } from './rows';
import type { CardsDB } from './schema';

export async function loadUpgradeCards(db: CardsDB, from: StudyLine, to: StudyLine): Promise<UpgradeItem<CardRow>[]> {
  const [decks, cards] = await Promise.all([db.decks.toArray(), allCards(db)]);
  return upgradeCards(
    cards.filter((c) => c.retired === 0),
    new Map(decks.map((d) => [d.id, d.order])),
    from,
    to,
  );
}
