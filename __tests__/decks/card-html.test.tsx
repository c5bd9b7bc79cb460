// The deck build renders every card's Markdown to sanitized HTML (npm run decks:build), so the study
// screen needs no Markdown parser; the HTML is as safe as the browser-side renderer's.
import { render } from '@testing-library/react';

import { CardFace } from '@/components/study/card-face';
import { compileDecks, type CompiledCard, type DeckBundle } from '@/lib/decks';
import { withCardHtml } from '@/lib/decks/card-html';
import { jsdomMarkdownRenderer } from '@/lib/markdown/jsdom-renderer';
import type { CardRow } from '@/lib/db';

import { BASIC, CHOICE, CLOZE, deck, TYPED } from './fixtures';

const EVIL = `
## sample-evil
kind: basic
source: containerd/containerd/docs/RUNC.md

### Prompt
<script>window.__pwned = 1</script>

<img src="x" onerror="window.__pwned = 2">

[click](javascript:window.__pwned=3) and <a href="javascript:alert(1)">raw</a>

<iframe src="https://example.com"></iframe>

### Answer
See [the docs](https://github.com/containerd/containerd).
`;

const renderMd = jsdomMarkdownRenderer();

function compiled(...cards: string[]): DeckBundle {
  const { bundle, problems } = compileDecks([{ path: 'decks/sample.md', text: deck(...cards) }], false);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return bundle;
}

const cardsOf = (bundle: DeckBundle): Record<string, CompiledCard> =>
  Object.fromEntries(bundle.decks.flatMap((d) => d.cards).map((c) => [c.id.replace('sample-', ''), c]));

const fragment = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('card HTML from the deck build', () => {
  const cards = cardsOf(withCardHtml(compiled(BASIC, CHOICE, CLOZE, TYPED), renderMd));

  it('renders prompts and answers, with emphasis and code', () => {
    expect(fragment(cards.basic!.html!.prompt).textContent).toBe("Which program creates the container's processes?\n");
    expect(fragment(cards.basic!.html!.answer).querySelector('strong')?.textContent).toBe('runc');
    expect(fragment(cards.typed!.html!.answer).querySelector('code')?.textContent).toBe('ctr plugins ls');
  });

  it('gives a cloze both sides: deletions hidden, and filled in', () => {
    const { prompt, back, answer } = cards.cloze!.html!;
    expect(fragment(prompt).textContent).toContain('defaults to […]');
    expect(fragment(prompt).textContent).not.toContain('/var/lib/containerd');
    expect(fragment(back!).querySelector('strong')?.textContent).toBe('/var/lib/containerd');
    expect(answer).toBe('');
  });

  it('renders each option inline, in authored order', () => {
    const choices = cards.choice!.choices!;
    expect(choices.map((c) => c.html)).toEqual(['containerd-shim-runc-v2', 'containerd-shim', 'containerd-shim-runc-v1', 'runc']);
    expect(choices.map((c) => c.correct)).toEqual([true, false, false, false]);
  });

  it('strips script, event handlers and javascript: links at build time', () => {
    const evil = cardsOf(withCardHtml(compiled(EVIL), renderMd)).evil!;
    const prompt = fragment(evil.html!.prompt);
    expect(prompt.querySelector('script, iframe')).toBeNull();
    expect(prompt.querySelector('img')?.getAttribute('onerror')).toBeNull();
    for (const a of prompt.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    const link = fragment(evil.html!.answer).querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders a card with such content inert on the study screen', () => {
    const evil = cardsOf(withCardHtml(compiled(EVIL), renderMd)).evil!;
    const row: CardRow = { ...evil, retired: 0 };
    const { container } = render(<CardFace card={row} revealed onAnswered={() => {}} />);
    expect(container.querySelector('script, iframe')).toBeNull();
    expect(container.querySelector('img')?.getAttribute('onerror')).toBeNull();
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('folds the HTML into the hashes and the version, the same on every build', () => {
    const plain = compiled(BASIC, CLOZE);
    const once = withCardHtml(plain, renderMd);
    const again = withCardHtml(compiled(BASIC, CLOZE), jsdomMarkdownRenderer());
    expect(again).toEqual(once);
    expect(once.version).not.toBe(plain.version);
    expect(once.decks[0]!.hash).not.toBe(plain.decks[0]!.hash);
    // Rendering differently (a renderer change) changes the cards, so stored cards get the new HTML.
    const other = withCardHtml(plain, (md, inline) => `<div>${renderMd(md, inline)}</div>`);
    expect(cardsOf(other).basic!.hash).not.toBe(cardsOf(once).basic!.hash);
    expect(other.version).not.toBe(once.version);
  });
});

describe('a stored card without HTML (written by an older version)', () => {
  it('is rendered from its Markdown in the browser', async () => {
    const basic = cardsOf(compiled(BASIC)).basic!;
    expect(basic.html).toBeUndefined();
    const { findByText } = render(<CardFace card={{ ...basic, retired: 0 }} revealed onAnswered={() => {}} />);
    expect((await findByText('runc', { selector: 'strong' })).tagName).toBe('STRONG');
  });
});
