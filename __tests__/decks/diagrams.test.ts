import { compileDiagrams } from '@/lib/decks/diagrams/compile-diagrams';
import { describeDiagram } from '@/lib/decks/diagrams/describe';
import { formatProblem } from '@/lib/decks';

import { DIAGRAM } from './diagram-fixtures';

const PATH = 'decks/diagrams/tiny.yaml';
const problemsOf = (text: string, path = PATH) => compileDiagrams([{ path, text }]).problems.map(formatProblem);
/** The fixture with one line replaced (the first that contains `find`). */
const edit = (find: string, replace: string) => {
  if (!DIAGRAM.includes(find)) throw new Error(`fixture has no "${find}"`);
  return DIAGRAM.replace(find, replace);
};
const lineOf = (text: string, find: string) => text.split('\n').findIndex((l) => l.includes(find)) + 1;

describe('compileDiagrams: a valid diagram', () => {
  const { diagrams, problems } = compileDiagrams([{ path: PATH, text: DIAGRAM }]);
  const [d] = diagrams;
  const region = (id: string) => d.regions.find((r) => r.id === id)!;

  it('compiles with no problems, groups drawn first and arrows after boxes', () => {
    expect(problems).toEqual([]);
    expect(d).toMatchObject({ id: 'tiny', width: 300, height: 240, title: 'A tiny stack' });
    expect(d.sources).toEqual([{ label: 'containerd/containerd/docs/runtime-v2.md', url: 'https://github.com/containerd/containerd/blob/main/docs/runtime-v2.md' }]);
    expect(d.regions.map((r) => r.kind)).toEqual(['group', 'box', 'box', 'box', 'arrow', 'arrow']);
  });

  it('lays out boxes, labels and the group a box sits in', () => {
    expect(region('containerd').shape).toEqual({ type: 'rect', x: 80, y: 30, w: 140, h: 40, dashed: false });
    expect(region('containerd').label).toMatchObject({ x: 150, lines: ['containerd'], anchor: 'middle' });
    expect(region('containerd').within).toBe('host');
    expect(region('host').label).toMatchObject({ x: 12, anchor: 'start', lines: ['the host'] });
    expect(region('host').within).toBeNull();
  });

  it('runs an arrow straight through the overlap of two boxes, with its head at the target', () => {
    const starts = region('starts');
    expect(starts).toMatchObject({ from: 'containerd', to: 'shim' });
    // containerd spans x 80–220, the shim 40–260: a vertical line at x 150 from y 73 towards 107.
    expect(starts.shape).toMatchObject({ type: 'path', d: 'M150 73 L150 100', heads: ['150,107 146,99 154,99'] });
    expect(starts.label?.lines).toEqual(['ttRPC']);
  });

  it('gives the same hash for the same source and another for a changed one', () => {
    const again = compileDiagrams([{ path: PATH, text: DIAGRAM }]).diagrams[0];
    const moved = compileDiagrams([{ path: PATH, text: edit('box: [80, 180, 140, 40]', 'box: [80, 184, 140, 40]') }]).diagrams[0];
    expect(again.hash).toBe(d.hash);
    expect(moved.hash).not.toBe(d.hash);
  });

  it('describes itself as text, hidden parts named by number', () => {
    expect(describeDiagram(d)).toEqual({
      parts: ['the host', 'containerd, inside the host', 'containerd-shim-runc-v2, inside the host', 'runc, inside the host'],
      relations: ['From containerd to containerd-shim-runc-v2: ttRPC', 'From containerd-shim-runc-v2 to runc'],
    });
    const hidden = describeDiagram(d, ['shim']);
    expect(hidden.parts).toContain('hidden part 1, inside the host');
    expect(hidden.relations).toEqual(['From containerd to hidden part 1: ttRPC', 'From hidden part 1 to runc']);
    expect(JSON.stringify(hidden)).not.toContain('shim');
  });
});

describe('compileDiagrams: problems, each at its line', () => {
  it('reports malformed YAML', () => {
    expect(problemsOf('id: tiny\nregions: [\n')).toEqual([expect.stringMatching(/^decks\/diagrams\/tiny\.yaml:\d+: malformed diagram: /)]);
  });

  it.each([
    ['script', '    script: alert(1)'],
    ['onclick', '    onclick: steal()'],
    ['href', '    href: https://example.com/x.svg'],
  ])('refuses a key that is not drawing (%s)', (key, line) => {
    const text = edit('    tone: 2', `    tone: 2\n${line}`);
    expect(problemsOf(text)).toEqual([`${PATH}:${lineOf(text, `${key}:`)}: unknown key "${key}": a diagram holds only boxes, arrows and text`]);
  });

  it('refuses markup in text', () => {
    const text = edit('    name: runc', '    name: <script>runc</script>');
    expect(problemsOf(text)).toEqual([`${PATH}:${lineOf(text, '<script>')}: regions.3.name: name is plain text: no "<" or ">"`]);
  });

  it('refuses a region without a name', () => {
    const text = edit('    name: runc\n', '');
    expect(problemsOf(text)).toEqual([`${PATH}:${lineOf(text, '- id: runc')}: regions.3.name: name must be text`]);
  });

  it('refuses two regions with one name', () => {
    const text = edit('    name: runc', '    name: containerd');
    const second = text.split('\n').lastIndexOf('    name: containerd') + 1;
    expect(problemsOf(text)).toEqual([`${PATH}:${second}: regions "containerd" and "runc" share the name "containerd": a listener could not tell them apart`]);
  });

  it('refuses an arrow to an unknown region, and a duplicate region id', () => {
    expect(problemsOf(edit('arrow: [shim, runc]', 'arrow: [shim, crun]'))).toEqual([
      `${PATH}:${lineOf(DIAGRAM, 'arrow: [shim, runc]')}: arrow "invokes" names unknown region "crun"`,
    ]);
    expect(problemsOf(edit('  - id: runc', '  - id: shim'))).toEqual(
      expect.arrayContaining([`${PATH}:${lineOf(DIAGRAM, '  - id: runc')}: duplicate region id "shim" (first at line ${lineOf(DIAGRAM, '  - id: shim')})`]),
    );
  });

  it('refuses what would draw badly: outside the canvas, a label wider than its box, overlaps, a box too small to tap', () => {
    expect(problemsOf(edit('box: [80, 180, 140, 40]', 'box: [180, 180, 140, 40]'))).toEqual(
      expect.arrayContaining([`${PATH}:${lineOf(DIAGRAM, 'box: [80, 180, 140, 40]')}: region "runc" reaches outside the 300×240 drawing`]),
    );
    expect(problemsOf(edit('box: [40, 110, 220, 40]', 'box: [90, 110, 120, 40]'))).toEqual([
      expect.stringMatching(new RegExp(`^${PATH}:${lineOf(DIAGRAM, 'box: [40, 110')}: label of "shim" is about \\d+ wide; its box is 120`)),
    ]);
    expect(problemsOf(edit('box: [80, 180, 140, 40]', 'box: [80, 140, 140, 40]'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/boxes "runc" and "shim" overlap|boxes "shim" and "runc" overlap/)]),
    );
    expect(problemsOf(edit('box: [80, 180, 140, 40]', 'box: [80, 180, 140, 24]'))).toEqual([
      expect.stringContaining('region "runc" is 140×24: at least 40×30, so a finger can hit it at 320 px'),
    ]);
    expect(problemsOf(edit('box: [4, 4, 292, 232]', 'box: [4, 4, 292, 190]'))).toEqual([
      expect.stringContaining('region "runc" crosses the edge of group "host"'),
    ]);
  });

  it('refuses a bad source, a file named for another id, and a duplicate diagram', () => {
    expect(problemsOf(edit('containerd/containerd/docs/runtime-v2.md', 'https://example.com/pic.png'))).toEqual([
      expect.stringContaining('source host "example.com" is not upstream'),
    ]);
    expect(problemsOf(DIAGRAM, 'decks/diagrams/other.yaml')).toEqual([`decks/diagrams/other.yaml:1: diagram "tiny" belongs in a file named tiny.yaml`]);
    const both = compileDiagrams([
      { path: PATH, text: DIAGRAM },
      { path: 'decks/more/tiny.yaml', text: DIAGRAM },
    ]);
    expect(both.problems.map(formatProblem)).toEqual(['decks/more/tiny.yaml:1: duplicate diagram id "tiny" (also in decks/diagrams/tiny.yaml)']);
  });
});
