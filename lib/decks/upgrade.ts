// The upgrade session: exactly the cards whose answers change between the line a learner runs and the
// one they move to (a card that holds for one and not the other, with its variants), in the order
// containerd's own upgrade notes take them: each card's authored `upgrade:` stage (upgrade-stages.ts).
import { resolveLine, STUDY_LINES, type StudyLine } from './releases';
import { UPGRADE_STAGES, type UpgradeStage, type UpgradeStageId } from './upgrade-stages';
import { versionsHoldFor } from './versions';

export { UPGRADE_STAGES, type UpgradeStage, type UpgradeStageId } from './upgrade-stages';

/** The supported lines a learner can move between (STUDY_LINES without `latest`, which names one of them). */
const SUPPORTED_LINES = STUDY_LINES.filter((l) => l !== 'latest');

/**
 * The first two supported lines (oldest first) that a card with these versions holds for one and not the
 * other: an upgrade between them offers the card. Undefined when it holds alike for every supported line.
 */
export function changeBetweenLines(versions: readonly string[]): { holds: StudyLine; not: StudyLine } | undefined {
  const holds = SUPPORTED_LINES.find((l) => versionsHoldFor(versions, l));
  const not = SUPPORTED_LINES.find((l) => !versionsHoldFor(versions, l));
  return holds && not ? { holds, not } : undefined;
}

export interface UpgradeCandidate {
  id: string;
  deckId: string;
  position: number;
  prompt: string;
  answer: string;
  versions: string[];
  variants?: string[];
  /** The card's stage, authored in its deck (`upgrade:`); a card imported without one comes last. */
  upgrade?: UpgradeStageId;
}

export interface UpgradeItem<C> {
  card: C;
  /** Undefined for a group with no authored stage (an imported card): those come after every stage. */
  stage: UpgradeStage | undefined;
}

const stageOf = (card: UpgradeCandidate) => UPGRADE_STAGES.find((s) => s.id === card.upgrade);

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

  const rank = (c: C) => {
    const at = UPGRADE_STAGES.findIndex((s) => s.id === c.upgrade);
    return at < 0 ? UPGRADE_STAGES.length : at;
  };
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
