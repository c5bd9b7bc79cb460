// Hostile packages: whatever HTML an imported card carries, what reaches the store has no script,
// handler, javascript: URL, style, remote image or SVG script, and images point at the deck's media.
import { sanitizeImportedDecks } from '@/components/decks/sanitize-import';
import type { ImportedDeck } from '@/lib/anki/imported';

const HOSTILE = [
  '<script>alert(1)</script>Q',
  '<img src="x.png" onerror="alert(1)">',
  '<a href="javascript:alert(1)">link</a>',
  '<img src="https://evil.example/track.gif">',
  '<img src="//evil.example/t.gif">',
  '<svg><script>alert(1)</script><circle r="5"/></svg>',
  '<div style="position:fixed;inset:0">cover</div>',
  '<iframe src="https://evil.example"></iframe>',
  '<video src="https://evil.example/v.mp4"></video>',
  '<form action="https://evil.example"><input name=a></form>',
  '<p onclick="alert(1)">tap</p>',
  '<img src="my%20pic.png">',
].join('');

function deck(html: string): ImportedDeck {
  return {
    id: 'imp-x',
    title: 'x',
    summary: '',
    sources: [],
    cards: [
      {
        id: 'imp-x-1',
        deckId: 'imp-x',
        kind: 'choice',
        prompt: 'Q',
        answer: 'A',
        source: '',
        sourceUrl: '',
        versions: [],
        tags: [],
        position: 0,
        html: { prompt: html, back: html, answer: html },
        choices: [
          { text: 'a', correct: true, html: '<b onmouseover="x()">a</b>' },
          { text: 'b', correct: false, html: 'b' },
        ],
        hash: 'h',
      },
    ],
  };
}

describe('imported HTML', () => {
  it('keeps nothing that runs, loads from elsewhere or restyles the page', () => {
    const card = sanitizeImportedDecks([deck(HOSTILE)])[0]!.cards[0]!;
    for (const html of [card.html!.prompt, card.html!.back!, card.html!.answer, ...card.choices!.map((c) => c.html!)]) {
      expect(html).not.toMatch(/<script|onerror|onclick|onmouseover|javascript:|evil\.example|style=|<iframe|<video|<form|<input|<svg/i);
    }
    expect(card.html!.prompt).toContain('<img data-media="x.png">');
    expect(card.html!.prompt).toContain('<img data-media="my pic.png">');
    expect(card.html!.prompt).not.toContain(' src=');
    expect(card.html!.prompt).toContain('cover');
  });

  it('renders a Markdown deck to HTML as the deck build does', () => {
    const md: ImportedDeck = { ...deck(''), cards: [{ ...deck('').cards[0]!, kind: 'basic', prompt: 'Run `ctr` <script>x()</script>', choices: undefined, html: undefined }] };
    const card = sanitizeImportedDecks([md])[0]!.cards[0]!;
    expect(card.html!.prompt).toContain('<code>ctr</code>');
    expect(card.html!.prompt).not.toContain('<script');
  });
});

describe('the plain-markup fast path', () => {
  it('takes only attribute-free inert tags; everything else goes through DOMPurify', async () => {
    const { isPlainMarkup } = await import('@/lib/markdown/render');
    expect(isPlainMarkup('<b>Question 1</b>: what does <i>shim</i> do?<br>Line &amp; more')).toBe(true);
    expect(isPlainMarkup('plain text, 1 < 2')).toBe(false);
    for (const html of ['<b onclick="x()">a</b>', '<img src=x>', '<a href="javascript:x">a</a>', '<div style="x">a</div>', '<svg>', '<script>x</script>', '<!-- x -->', '<b', '<p >ok</p><x>']) {
      expect([html, isPlainMarkup(html)]).toEqual([html, false]);
    }
  });
});
