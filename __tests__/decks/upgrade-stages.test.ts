// The `upgrade:` field: parsed into the compiled card, refused when unknown, required by the lint on a
// card that changes between supported lines, refused on a card no upgrade offers; and the order it gives.
import { compileDecks, formatProblem, type CompiledCard } from '@/lib/decks';
import { changeBetweenLines, upgradeCards } from '@/lib/decks/upgrade';

import { BASIC, CHOICE, CLOZE, deck, FRONT } from './fixtures';

// BASIC holds for 2.x only; CHOICE and CLOZE hold for every version.
const staged = (card: string, stage: string) => card.replace('source:', `upgrade: ${stage}\nsource:`);
const compiled = (...cards: string[]) => compileDecks([{ path: 'decks/sample.md', text: deck(...cards) }], false);
const linted = (...cards: string[]) =>
  compileDecks([{ path: 'decks/sample.md', text: deck(...cards) }], { minCards: 1, maxPrompt: 200, maxAnswer: 600, minScenarioPrompt: 40 })
    .problems.map(formatProblem);

describe('the upgrade field', () => {
  it('is parsed into the compiled card, and is part of its hash', () => {
    const { bundle, problems } = compiled(staged(BASIC, 'removed'), CHOICE);
    expect(problems).toEqual([]);
    const [basic, choice] = bundle.decks[0]!.cards;
    expect(basic!.upgrade).toBe('removed');
    expect(choice).not.toHaveProperty('upgrade');
    const without = compiled(BASIC).bundle.decks[0]!.cards[0]!;
    const renamed = compiled(staged(BASIC, 'renamed')).bundle.decks[0]!.cards[0]!;
    expect(new Set([basic!.hash, without.hash, renamed.hash]).size).toBe(3);
  });

  it('refuses an unknown stage at its line, whether or not the lint runs', () => {
    const message =
      'decks/sample.md:11: field "upgrade": upgrade must be one of deprecations, config, removed, renamed, defaults, new (card "sample-basic")';
    expect(compiled(staged(BASIC, 'breaking')).problems.map(formatProblem)).toEqual([message]);
    expect(linted(staged(BASIC, 'Removed'))).toContain(message);
    expect(compiled(staged(BASIC, 'breaking')).bundle.decks).toEqual([]);
  });
});

describe('decks:check on upgrade stages', () => {
  it('refuses a card that changes between supported lines without a stage, naming the two lines', () => {
    expect(linted(BASIC, CHOICE)).toEqual([
      'decks/sample.md:9: "sample-basic" holds for 2.0 and not for 1.6, so an upgrade offers it: add an "upgrade:" line naming the stage containerd\'s notes put the change under (deprecations, config, removed, renamed, defaults, new)',
    ]);
    const oneSeven = CHOICE.replace('kind: choice', 'kind: choice\nversions: 1.7');
    expect(linted(oneSeven)[0]).toMatch(/^decks\/sample\.md:\d+: "sample-choice" holds for 1\.7 and not for 1\.6, so an upgrade offers it/);
    expect(linted(staged(BASIC, 'new'), staged(oneSeven, 'defaults'))).toEqual([]);
  });

  it('refuses a stage on a card that holds alike for every supported line', () => {
    expect(linted(staged(CHOICE, 'new'))).toEqual([
      'decks/sample.md:9: "sample-choice" holds alike for every supported line and no upgrade offers it: remove its "upgrade: new" line',
    ]);
    // Only older lines differ (1.5 is no supported line), and history holds everywhere: nothing to upgrade.
    expect(linted(staged(CHOICE.replace('kind: choice', 'kind: choice\nversions: 1.6+'), 'new'))).toHaveLength(1);
    expect(linted(CLOZE.replace('kind: cloze', 'kind: cloze\nversions: history'))).toEqual([]);
  });

  it('lets a variant that no supported line holds keep a stage, since the upgrade shows it beside its card', () => {
    const oldSide = CHOICE.replace('kind: choice', 'kind: choice\nversions: <1.6\nvariants: sample-basic');
    const newSide = BASIC.replace('versions: 2.x', 'versions: 2.x\nvariants: sample-choice');
    expect(linted(staged(oldSide, 'removed'), staged(newSide, 'removed'))).toEqual([]);
    expect(linted(oldSide, newSide)).toHaveLength(1);
  });
});

describe('changeBetweenLines', () => {
  it.each([
    [['2.x'], { holds: '2.0', not: '1.6' }],
    [['<2.1'], { holds: '1.6', not: '2.1' }],
    [['1.7.30+', '2.1+'], { holds: '1.7', not: '1.6' }],
    [['1.6+'], undefined],
    [[], undefined],
    [['history'], undefined],
  ])('%j', (versions, change) => {
    expect(changeBetweenLines(versions)).toEqual(change);
  });
});

describe('the order of a small upgrade', () => {
  // Two decks, listed second before first; each card's stage authored. From 1.7 to 2.0 every card changes.
  const card = (id: string, versions: string, stage?: string, extra = '') => `
## ${id}
kind: basic
source: containerd/containerd/RELEASES.md
versions: ${versions}${stage ? `\nupgrade: ${stage}` : ''}${extra}

### Prompt
Question ${id}?

### Answer
Answer ${id}.
`;
  const first = `${FRONT.replace('id: sample', 'id: first').replace('sources:', 'order: 2\nsources:')}${card('first-new', '2.x', 'new')}${card(
    'first-removed-2x',
    '2.x',
    'removed',
    '\nvariants: first-removed-1x',
  )}${card('first-config', '2.x', 'config')}${card('first-removed-1x', '1.x', 'defaults', '\nvariants: first-removed-2x')}${card('first-renamed', '1.7', 'renamed')}`;
  const second = `${FRONT.replace('id: sample', 'id: second').replace('title: Sample deck', 'title: Second').replace('sources:', 'order: 1\nsources:')}${card(
    'second-renamed',
    '2.x',
    'renamed',
  )}${card('second-deprecations', '1.6-1.7', 'deprecations')}${card('second-new', '1.7', 'new')}`;
  const { bundle, problems } = compileDecks(
    [
      { path: 'decks/first.md', text: first },
      { path: 'decks/second.md', text: second },
    ],
    false,
  );
  const cards = bundle.decks.flatMap((d) => d.cards);
  const order = new Map(bundle.decks.map((d) => [d.id, d.order]));

  it('goes stage by stage, then by deck order and position; a variant group takes its earliest stage, the side you run first', () => {
    expect(problems).toEqual([]);
    expect(upgradeCards(cards, order, '1.7', '2.0').map((i) => `${i.stage?.id}:${i.card.id}`)).toEqual([
      'deprecations:second-deprecations',
      'config:first-config',
      'removed:first-removed-1x',
      'removed:first-removed-2x',
      'renamed:second-renamed',
      'renamed:first-renamed',
      'new:second-new',
      'new:first-new',
    ]);
  });

  it('puts a card without a stage (an imported one) after every stage, with no stage shown', () => {
    const imported: CompiledCard = { ...cards.find((c) => c.id === 'second-deprecations')!, id: 'imported', deckId: 'imported-x' };
    delete imported.upgrade;
    const items = upgradeCards([imported, ...cards], order, '1.7', '2.0');
    expect(items.at(-1)).toEqual({ card: imported, stage: undefined });
    expect(items.slice(0, -1).every((i) => i.stage !== undefined)).toBe(true);
  });
});
