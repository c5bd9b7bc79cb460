// The upgrade session: exactly the cards whose answers change between the line a learner runs and the
// one they move to (a card that holds for one and not the other, with its variants), in the order
// containerd's own upgrade notes take them. RELEASES.md ("Upgrade Path"): clear the deprecation
// warnings on the current release first, and migrate the configuration; docs/containerd-2.0.md then
// lists what is breaking (removed), what is changing (renamed, moved), and what is new. New defaults
// come before other news because they change a running node without a config edit.
import { resolveLine, type StudyLine } from './releases';
import { versionsHoldFor } from './versions';

export interface UpgradeStage {
  id: 'deprecations' | 'config' | 'removed' | 'renamed' | 'defaults' | 'new';
  title: string;
}

/** The stages in order, each with the words in a card's prompt or answer that put it there (the first stage that matches). */
const STAGES: readonly (UpgradeStage & { words: RegExp | null })[] = [
  { id: 'deprecations', title: 'Deprecation warnings, before you upgrade', words: /deprecation warning|deprecations list|prepar\w* .*(jump|upgrade)/ },
  { id: 'config', title: 'The configuration version and its migration', words: /version = [234]|config migrate|migrat|`version` line|table header|which table/ },
  {
    id: 'removed',
    title: 'What is removed',
    words: /\bremoved?\b|no longer|dropped|\bgone\b|stop serving|what happened to|not implemented|ignored|became of/,
  },
  { id: 'renamed', title: 'What is renamed or moved', words: /renamed|\bmoved?\b|instead of|what 2\.x calls|replac|which plugin|under which|in which plugin/ },
  { id: 'defaults', title: 'New defaults', words: /default|enabled|disabled|turn .* off/ },
  { id: 'new', title: 'What is new', words: null },
];

export const UPGRADE_STAGES: readonly UpgradeStage[] = STAGES.map(({ id, title }) => ({ id, title }));

export interface UpgradeCandidate {
  id: string;
  deckId: string;
  position: number;
  prompt: string;
  answer: string;
  versions: string[];
  variants?: string[];
}

export interface UpgradeItem<C> {
  card: C;
  stage: UpgradeStage;
}

function stageOf(card: UpgradeCandidate): UpgradeStage {
  const text = `${card.prompt}\n${card.answer}`.toLowerCase();
  const stage = STAGES.find((s) => s.words === null || s.words.test(text))!;
  return { id: stage.id, title: stage.title };
}

/**
 * The cards that change between `from` and `to`, ordered by stage, then deck order and position; a
 * card's variants follow it (the `from` side first), in the earliest stage of the group.
 */
export function upgradeCards<C extends UpgradeCandidate>(
  cards: readonly C[],
  deckOrder: ReadonlyMap<string, number>,
  from: StudyLine,
  to: StudyLine,
): UpgradeItem<C>[] {
  if (resolveLine(from) === resolveLine(to)) return [];
  const byId = new Map(cards.map((c) => [c.id, c]));
  const changes = (c: C) => versionsHoldFor(c.versions, from) !== versionsHoldFor(c.versions, to);
  const chosen = new Set(cards.filter(changes).map((c) => c.id));
  for (const id of [...chosen]) for (const v of byId.get(id)!.variants ?? []) if (byId.has(v)) chosen.add(v);

  const rank = (c: C) => STAGES.findIndex((s) => s.id === stageOf(c).id);
  const place = (c: C) => [rank(c), deckOrder.get(c.deckId) ?? Infinity, c.position] as const;
  const before = (a: readonly number[], b: readonly number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  // Variant groups: each card with the variants chosen beside it, placed where its earliest member goes.
  const groups: C[][] = [];
  const grouped = new Set<string>();
  const sorted = [...chosen].map((id) => byId.get(id)!).sort((a, b) => before(place(a), place(b)));
  for (const card of sorted) {
    if (grouped.has(card.id)) continue;
    const group = [card, ...(card.variants ?? []).filter((v) => chosen.has(v) && !grouped.has(v)).map((v) => byId.get(v)!)];
    group.forEach((c) => grouped.add(c.id));
    // The side that holds for the line the learner runs now comes first.
    group.sort((a, b) => Number(versionsHoldFor(b.versions, from)) - Number(versionsHoldFor(a.versions, from)));
    groups.push(group);
  }
  return groups.flatMap((group) => {
    const stage = stageOf(group.reduce((first, c) => (before(place(c), place(first)) < 0 ? c : first)));
    return group.map((card) => ({ card, stage }));
  });
}
