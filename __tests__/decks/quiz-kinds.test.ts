// The deck format's true/false and order cards: what compiles, and each mistake as file:line: message.
import { compileDecks, formatProblem } from '@/lib/decks';
import { withCardHtml } from '@/lib/decks/card-html';
import { deckStats } from '@/lib/decks/deck-stats';
import { jsdomMarkdownRenderer } from '@/lib/markdown/jsdom-renderer';

import { BASIC, deck, ORDER, TRUEFALSE } from './fixtures';

const compile = (...cards: string[]) => compileDecks([{ path: 'decks/sample.md', text: deck(...cards) }], false);
const problemsOf = (...cards: string[]) => compile(...cards).problems.map(formatProblem);
const only = (text: string) => compile(text).bundle.decks[0]?.cards[0];

describe('true/false cards', () => {
  it('compile with their truth', () => {
    expect(problemsOf(TRUEFALSE)).toEqual([]);
    const card = only(TRUEFALSE)!;
    expect(card.kind).toBe('truefalse');
    expect(card.truth).toBe(false);
    expect(only(TRUEFALSE.replace('truth: false', 'truth: true'))!.truth).toBe(true);
  });

  it('need a truth line, and only true or false', () => {
    expect(problemsOf(TRUEFALSE.replace('truth: false\n', ''))).toEqual([
      'decks/sample.md:9: true/false card "sample-truefalse" needs a "truth: true" or "truth: false" line',
    ]);
    expect(problemsOf(TRUEFALSE.replace('truth: false', 'truth: yes'))).toEqual([
      'decks/sample.md:12: field "truth": truth must be true or false (card "sample-truefalse")',
    ]);
  });

  it('state, not ask: a prompt ending in a question mark is refused', () => {
    expect(problemsOf(TRUEFALSE.replace('without an OCI runtime.', 'without an OCI runtime?'))).toEqual([
      'decks/sample.md:14: the prompt of true/false card "sample-truefalse" is a statement to judge, not a question: drop the "?"',
    ]);
  });

  it('need an explanation', () => {
    expect(problemsOf(TRUEFALSE.replace('False: the shim runs **runc**, which creates them.', ''))).toEqual([
      'decks/sample.md:17: empty answer in card "sample-truefalse": add a "### Answer" section',
    ]);
  });

  it('refuse a truth line on another kind, and stray sections', () => {
    expect(problemsOf(BASIC.replace('versions: 2.x', 'versions: 2.x\ntruth: true'))).toEqual([
      'decks/sample.md:13: "truth:" belongs only to kind: truefalse (card "sample-basic")',
    ]);
    expect(problemsOf(TRUEFALSE + '\n### Steps\n1. a\n2. b\n3. c\n')).toContain(
      'decks/sample.md:20: "### Steps" belongs only to kind: order (card "sample-truefalse")',
    );
    expect(problemsOf(TRUEFALSE + '\n### Choices\n- [x] a\n')).toContain(
      'decks/sample.md:20: "### Choices" belongs only to kind: choice (card "sample-truefalse")',
    );
  });

  it('hash their truth', () => {
    expect(only(TRUEFALSE)!.hash).not.toBe(only(TRUEFALSE.replace('truth: false', 'truth: true'))!.hash);
  });
});

describe('order cards', () => {
  it('compile their steps in the authored order', () => {
    expect(problemsOf(ORDER)).toEqual([]);
    const card = only(ORDER)!;
    expect(card.kind).toBe('order');
    expect(card.steps?.map((s) => s.text)).toEqual([
      'Resolve the reference to a descriptor',
      'Fetch the manifest and the config',
      'Fetch the layers into the content store',
      'Unpack the layers into a snapshot',
    ]);
  });

  it('need a Steps section', () => {
    expect(problemsOf(ORDER.replace(/### Steps[\s\S]*?### Answer/, '### Answer'))).toEqual([
      'decks/sample.md:9: order card "sample-order" has no "### Steps" section (a numbered list "1. …" in the right order)',
    ]);
  });

  it('take a numbered list, not bullets, numbered in order', () => {
    expect(problemsOf(ORDER.replace('2. Fetch the manifest', '- Fetch the manifest'))).toEqual([
      'decks/sample.md:18: steps are a numbered list ("2. …"), not bullets: the numbers say the right order (card "sample-order")',
    ]);
    expect(problemsOf(ORDER.replace('3. Fetch the layers', '4. Fetch the layers'))).toEqual([
      'decks/sample.md:19: step 3 is numbered 4: number the steps 1, 2, 3… in their right order (card "sample-order")',
    ]);
    expect(problemsOf(ORDER.replace('3. Fetch the layers', 'Fetch the layers'))).toEqual([
      'decks/sample.md:19: step lines look like "1. step", one step a line (card "sample-order")',
    ]);
  });

  it('have 3 to 8 steps', () => {
    expect(problemsOf(ORDER.replace(/3\. .*\n4\. .*\n/, ''))).toEqual([
      'decks/sample.md:16: order card "sample-order" has 2 steps; it needs 3 to 8',
    ]);
    const nine = Array.from({ length: 9 }, (_, i) => `${i + 1}. Step number ${i + 1}`).join('\n');
    expect(problemsOf(ORDER.replace(/1\. [\s\S]*?\n\n/, `${nine}\n\n`))).toEqual([
      'decks/sample.md:16: order card "sample-order" has 9 steps; it needs 3 to 8',
    ]);
  });

  it('refuse a step twice', () => {
    expect(problemsOf(ORDER.replace('4. Unpack the layers into a snapshot', '4. fetch the manifest and  the config'))).toEqual([
      'decks/sample.md:16: order card "sample-order" repeats a step: 4 is the same as 2',
    ]);
  });

  it('refuse stray sections and a truth line', () => {
    expect(problemsOf(ORDER + '\n### Accept\n- x\n')).toContain('decks/sample.md:25: "### Accept" belongs only to kind: typed (card "sample-order")');
    expect(problemsOf(ORDER.replace('kind: order', 'kind: order\ntruth: true'))).toContain(
      'decks/sample.md:11: "truth:" belongs only to kind: truefalse (card "sample-order")',
    );
  });

  it('hash their steps and their order', () => {
    const swapped = ORDER.replace('1. Resolve the reference to a descriptor\n2. Fetch the manifest and the config', '1. Fetch the manifest and the config\n2. Resolve the reference to a descriptor');
    expect(only(ORDER)!.hash).not.toBe(only(swapped)!.hash);
    expect(only(ORDER)!.hash).not.toBe(only(ORDER.replace('into a snapshot', 'into snapshots'))!.hash);
  });

  it('render each step to inline HTML, sanitized, and hash it', () => {
    const evil = ORDER.replace('4. Unpack the layers into a snapshot', '4. Unpack with `ctr` <img src=x onerror="alert(1)">');
    const card = withCardHtml(compile(evil).bundle, jsdomMarkdownRenderer()).decks[0].cards[0];
    const html = card.steps![3].html!;
    expect(html).toContain('<code>ctr</code>');
    expect(html).not.toMatch(/onerror|<p>/);
    expect(card.hash).not.toBe(compile(evil).bundle.decks[0].cards[0].hash);
  });
});

it('lints a true/false explanation that contradicts its truth line', () => {
  const lint = (text: string) =>
    compileDecks([{ path: 'decks/sample.md', text: deck(text) }], { minCards: 1, maxPrompt: 200, maxAnswer: 600, minScenarioPrompt: 40 })
      .problems.map(formatProblem);
  expect(lint(TRUEFALSE)).toEqual([]);
  expect(lint(TRUEFALSE.replace('truth: false', 'truth: true'))).toEqual([
    'decks/sample.md:9: the answer of "sample-truefalse" opens with "false" but its truth line says true',
  ]);
});

it('counts both kinds in the stats', () => {
  expect(deckStats(compile(TRUEFALSE, ORDER).bundle).kinds).toMatchObject({ truefalse: 1, order: 1 });
});
