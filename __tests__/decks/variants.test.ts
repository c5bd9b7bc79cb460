import { compileDecks } from '@/lib/decks';

import { BASIC, CHOICE, deck } from './fixtures';

// BASIC holds for 2.x; CHOICE is given 1.x here, and each names the other.
const one = (variants: string, versions = '1.x') =>
  CHOICE.replace('kind: choice', `kind: choice\nversions: ${versions}\nvariants: ${variants}`);
const two = (variants: string) => BASIC.replace('versions: 2.x', `versions: 2.x\nvariants: ${variants}`);
const compile = (...cards: string[]) => compileDecks([{ path: 'decks/sample.md', text: deck(...cards) }], false);
const messages = (...cards: string[]) => compile(...cards).problems.map((p) => p.message);

describe('variants', () => {
  it('compiles cards that name each other and hold for different versions', () => {
    const { bundle, problems } = compile(one('sample-basic'), two('sample-choice'));
    expect(problems).toEqual([]);
    const cards = bundle.decks[0]!.cards;
    expect(cards.find((c) => c.id === 'sample-choice')?.variants).toEqual(['sample-basic']);
    expect(cards.find((c) => c.id === 'sample-basic')?.variants).toEqual(['sample-choice']);
  });

  it('refuses a variant that is no card, the card itself, or one that does not name it back', () => {
    expect(messages(one('sample-nothing'), BASIC)).toEqual(['variants names "sample-nothing", which is no card (card "sample-choice")']);
    expect(messages(one('sample-choice'), BASIC)).toEqual(['variants names the card itself (card "sample-choice")']);
    expect(messages(one('sample-basic'), BASIC)).toEqual([
      'variants names "sample-basic", which does not name this card back (card "sample-choice")',
    ]);
  });

  it('refuses variants whose ranges overlap, naming the shared line', () => {
    expect(messages(one('sample-basic', '1.7-2.0'), two('sample-choice'))).toEqual([
      'variants names "sample-basic", which also holds for 2.0 (all of 2.x against 1.7 to 2.0): variants hold for different versions (card "sample-choice")',
      'variants names "sample-choice", which also holds for 2.0 (1.7 to 2.0 against all of 2.x): variants hold for different versions (card "sample-basic")',
    ]);
  });

  it('refuses a malformed id', () => {
    expect(messages(one('Sample_Basic'), BASIC)[0]).toMatch(/variants must be card ids/);
  });
});
