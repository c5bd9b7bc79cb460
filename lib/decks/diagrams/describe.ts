// A diagram as text: its parts and how they connect, for a learner who cannot see the picture. Hidden
// parts are named "hidden part 1", "hidden part 2"… everywhere, so the text gives away no more than
// the masked picture does (arrow names stay out: the picture shows only their labels).
import type { CompiledDiagram, CompiledRegion } from './types';

export interface DiagramText {
  parts: string[];
  relations: string[];
}

function readingOrder(a: CompiledRegion, b: CompiledRegion): number {
  return a.mark.y - b.mark.y || a.mark.x - b.mark.x;
}

export function hiddenName(index: number): string {
  return `hidden part ${index + 1}`;
}

export function describeDiagram(diagram: CompiledDiagram, hidden: readonly string[] = []): DiagramText {
  const byId = new Map(diagram.regions.map((r) => [r.id, r]));
  const nameOf = (id: string) => {
    const k = hidden.indexOf(id);
    return k >= 0 ? hiddenName(k) : (byId.get(id)?.name ?? id);
  };
  const shown = diagram.regions.filter((r) => r.kind !== 'arrow').sort(readingOrder);
  const parts = shown.map((r) => (r.within ? `${nameOf(r.id)}, inside ${nameOf(r.within)}` : nameOf(r.id)));
  const relations = diagram.regions
    .filter((r) => r.kind === 'arrow' && r.from && r.to)
    .sort(readingOrder)
    .map((r) => {
      const label = r.label ? `: ${r.label.lines.join(' ')}` : '';
      return r.both ? `Between ${nameOf(r.from!)} and ${nameOf(r.to!)}${label}` : `From ${nameOf(r.from!)} to ${nameOf(r.to!)}${label}`;
    });
  return { parts, relations };
}
