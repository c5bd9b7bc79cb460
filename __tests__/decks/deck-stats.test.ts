import { compileDecks, deckStats } from '@/lib/decks';

import { BASIC, CHOICE, CLOZE, deck, FRONT, TYPED } from './fixtures';

const scenario = (card: string, id: string) =>
  card.replace(/## sample-\w+/, `## ${id}`).replace(/(source: .*\n)/, '$1tags: scenario, registry\n');

describe('deckStats', () => {
  const other = FRONT.replace('id: sample', 'id: other').replace('title: Sample deck', 'title: Other deck');
  const { bundle, problems } = compileDecks(
    [
      { path: 'decks/sample.md', text: deck(BASIC, CHOICE, CLOZE, TYPED, scenario(CHOICE, 'sample-choice-scenario')) },
      { path: 'decks/other.md', text: other + scenario(BASIC, 'other-basic') + scenario(TYPED, 'other-typed') },
    ],
    false,
  );

  it('counts cards, kinds and scenarios per deck and in total, keeping the earlier keys', () => {
    expect(problems).toEqual([]);
    expect(deckStats(bundle)).toEqual({
      decks: [
        {
          id: 'other',
          title: 'Other deck',
          cards: 2,
          withChoices: 0,
          kinds: { basic: 1, cloze: 0, choice: 0, typed: 1, diagram: 0, truefalse: 0, order: 0 },
          scenarios: 2,
        },
        {
          id: 'sample',
          title: 'Sample deck',
          cards: 5,
          withChoices: 2,
          kinds: { basic: 1, cloze: 1, choice: 2, typed: 1, diagram: 0, truefalse: 0, order: 0 },
          scenarios: 1,
        },
      ],
      cards: 7,
      withChoices: 2,
      kinds: { basic: 2, cloze: 1, choice: 2, typed: 2, diagram: 0, truefalse: 0, order: 0 },
      scenarios: 3,
    });
  });

  it('counts a tag that only contains the word as no scenario', () => {
    const near = BASIC.replace('versions: 2.x', 'versions: 2.x\ntags: scenario-like, scenarios');
    const stats = deckStats(compileDecks([{ path: 'decks/s.md', text: deck(near) }], false).bundle);
    expect(stats.scenarios).toBe(0);
    expect(stats.decks[0].scenarios).toBe(0);
  });

  it('reports zeros for an empty bundle', () => {
    expect(deckStats({ version: 'x', decks: [] })).toEqual({
      decks: [],
      cards: 0,
      withChoices: 0,
      kinds: { basic: 0, cloze: 0, choice: 0, typed: 0, diagram: 0, truefalse: 0, order: 0 },
      scenarios: 0,
    });
  });
});
