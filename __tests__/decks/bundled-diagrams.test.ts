/** @jest-environment node */
// The diagrams this app ships: they compile with no problem and stay inside the size budget.
import { gzipSync } from 'node:zlib';

import { diagramSizeProblems, DIAGRAM_BUDGET } from '@/lib/decks/diagrams/size-budget';
import { compileSources } from '@/scripts/read-decks';

const { diagrams, problems } = compileSources();

describe('the bundled diagrams', () => {
  it('compile with their cards, with no problem', () => {
    expect(problems).toEqual([]);
    expect(diagrams.map((d) => d.id)).toEqual(['cri-plugin', 'design-architecture', 'docker-on-containerd', 'ecosystem-layers', 'kubernetes-cri-path', 'pod-start']);
  });

  it('every region has a name, and every diagram a title, a description and an upstream source', () => {
    for (const d of diagrams) {
      expect(d.title.length).toBeGreaterThan(5);
      expect(d.description.length).toBeGreaterThan(40);
      expect(d.sources.every((s) => s.url.startsWith('https://github.com/containerd/'))).toBe(true);
      for (const r of d.regions) expect(r.name.trim()).not.toBe('');
    }
  });

  it(`stay inside the size budget: each ≤ ${DIAGRAM_BUDGET.eachBytes} bytes, all ≤ ${DIAGRAM_BUDGET.gzipTotalBytes} bytes gzip`, () => {
    expect(diagramSizeProblems(diagrams)).toEqual([]);
    const gzip = gzipSync(JSON.stringify({ diagrams }), { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(DIAGRAM_BUDGET.gzipTotalBytes);
  });

  it('the budget check fires when a diagram outgrows it', () => {
    const small = { eachBytes: 1000, totalBytes: 2000, gzipTotalBytes: 1 };
    expect(diagramSizeProblems(diagrams.slice(0, 1), small).map((p) => p.message)).toEqual([
      expect.stringMatching(/^diagram "cri-plugin" compiles to \d+ bytes; the budget is 1000 per diagram$/),
      expect.stringMatching(/^the diagrams compile to \d+ bytes together; the budget is 2000$/),
    ]);
  });
});
