import { compileDecks, deckStats, formatProblem } from '@/lib/decks';
import { DEFAULT_LINT } from '@/lib/decks/lint-decks';

import { diagramCard, tinyDiagrams } from './diagram-fixtures';
import { deck } from './fixtures';

const PATH = 'decks/sample.md';
const compile = (cards: string, lint: false | typeof DEFAULT_LINT = false) => compileDecks([{ path: PATH, text: deck(cards) }], lint, tinyDiagrams());
const problemsOf = (cards: string) => compile(cards).problems.map(formatProblem);
const lineOf = (cards: string, find: string) => deck(cards).split('\n').findIndex((l) => l.includes(find)) + 1;

const POINT = diagramCard('tiny-point', 'diagram: tiny\ninteraction: point\nregions: shim');
const HIDE = diagramCard('tiny-hide', 'diagram: tiny\ninteraction: hide\nregions: shim, runc', 'Name the two hidden parts.');

describe('diagram cards', () => {
  it('compile with their picture: a point card lists the regions one may tap, a hide card the masked ones', () => {
    const { bundle, problems } = compile(POINT + HIDE);
    expect(problems).toEqual([]);
    const [point, hide] = bundle.decks[0].cards;
    const diagram = tinyDiagrams()[0];
    expect(point).toMatchObject({ kind: 'diagram', diagram: { id: 'tiny', hash: diagram.hash, interaction: 'point', regions: ['shim'], names: ['containerd-shim-runc-v2'] } });
    // Parts, not arrows: the prompt asks for a part.
    expect(point.diagram?.options?.map((o) => o.id)).toEqual(['host', 'containerd', 'shim', 'runc']);
    expect(hide.diagram).toEqual({ id: 'tiny', hash: diagram.hash, interaction: 'hide', regions: ['shim', 'runc'], names: ['containerd-shim-runc-v2', 'runc'] });
  });

  it('offer arrows as the options when the card points at an arrow', () => {
    const card = diagramCard('tiny-arrow', 'diagram: tiny\ninteraction: point\nregions: starts', 'Tap the link that starts the shim.');
    expect(compile(card).bundle.decks[0].cards[0].diagram?.options?.map((o) => o.id)).toEqual(['starts', 'invokes']);
  });

  it('change their hash when the picture changes', () => {
    const before = compile(POINT).bundle.decks[0].cards[0].hash;
    const moved = { ...tinyDiagrams()[0], hash: 'another' };
    const after = compileDecks([{ path: PATH, text: deck(POINT) }], false, [moved]).bundle.decks[0].cards[0].hash;
    expect(after).not.toBe(before);
  });

  it('count as kinds.diagram in the stats', () => {
    expect(deckStats(compile(POINT + HIDE).bundle).kinds).toEqual({ basic: 0, cloze: 0, choice: 0, typed: 0, diagram: 2, truefalse: 0, order: 0 });
  });

  it('report an unknown diagram or region, and a wrong number of regions, at the field line', () => {
    const unknown = diagramCard('c1', 'diagram: huge\ninteraction: point\nregions: shim');
    expect(problemsOf(unknown)).toEqual([`${PATH}:${lineOf(unknown, 'diagram: huge')}: unknown diagram "huge" in card "c1" (diagrams: tiny)`]);
    const region = diagramCard('c2', 'diagram: tiny\ninteraction: point\nregions: crun');
    expect(problemsOf(region)).toEqual([`${PATH}:${lineOf(region, 'regions: crun')}: unknown region "crun" in diagram "tiny" (card "c2")`]);
    const two = diagramCard('c3', 'diagram: tiny\ninteraction: point\nregions: shim, runc');
    expect(problemsOf(two)).toEqual([`${PATH}:${lineOf(two, 'regions: shim')}: a point card names exactly one region to tap (card "c3")`]);
    const many = diagramCard('c4', 'diagram: tiny\ninteraction: hide\nregions: host, containerd, shim, runc');
    expect(problemsOf(many)).toEqual([`${PATH}:${lineOf(many, 'regions: host')}: a hide card masks at most 3 regions (card "c4")`]);
  });

  it('refuse to hide an arrow with no label, or a region the title names, and a missing field', () => {
    const arrow = diagramCard('c5', 'diagram: tiny\ninteraction: hide\nregions: invokes');
    expect(problemsOf(arrow)).toEqual([expect.stringContaining('region "invokes" is an arrow without a label: nothing to hide')]);
    const titled = compileDecks(
      [{ path: PATH, text: deck(diagramCard('c6', 'diagram: tiny\ninteraction: hide\nregions: runc')) }],
      false,
      [{ ...tinyDiagrams()[0], title: 'How runc starts' }],
    );
    expect(titled.problems.map(formatProblem)).toEqual([expect.stringContaining(`the diagram's title names the hidden region "runc"`)]);
    const missing = diagramCard('c7', 'diagram: tiny\nregions: runc');
    expect(problemsOf(missing)).toEqual([`${PATH}:${lineOf(missing, '## c7')}: diagram card "c7" needs a "interaction:" line`]);
    expect(problemsOf(diagramCard('c8', 'diagram: tiny\ninteraction: circle\nregions: runc'))).toEqual([expect.stringContaining('interaction must be hide or point')]);
  });

  it('refuse to hide a label that another region still shows', () => {
    const twins = compileDecks(
      [{ path: PATH, text: deck(diagramCard('c10', 'diagram: tiny\ninteraction: hide\nregions: runc')) }],
      false,
      [{ ...tinyDiagrams()[0], regions: tinyDiagrams()[0].regions.map((r) => (r.id === 'containerd' && r.label ? { ...r, label: { ...r.label, lines: ['runc'] } } : r)) }],
    );
    expect(twins.problems.map(formatProblem)).toEqual([expect.stringContaining('region "containerd" shows the same label as hidden "runc" ("runc"): hide it too')]);
  });

  it('keep diagram fields off other kinds', () => {
    const basic = `
## not-a-diagram
kind: basic
source: containerd/containerd/docs/RUNC.md
diagram: tiny

### Prompt
What runs containers?

### Answer
runc.
`;
    expect(problemsOf(basic)).toEqual([`${PATH}:${lineOf(basic, 'diagram: tiny')}: "diagram:" belongs only to kind: diagram (card "not-a-diagram")`]);
  });

  it('may not name the region they ask for in the prompt (lint)', () => {
    const leak = diagramCard('c9', 'diagram: tiny\ninteraction: point\nregions: runc', 'Tap runc, which creates the container.');
    const lint = { ...DEFAULT_LINT, minCards: 1 };
    expect(compile(leak, lint).problems.map(formatProblem)).toEqual([expect.stringContaining('the prompt of "c9" gives its answer away ("runc")')]);
  });
});
