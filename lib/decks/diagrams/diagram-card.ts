// A diagram card's field lines (diagram, interaction, regions), checked against the compiled diagrams.
import type { RawCard } from '../parse-deck';
import type { CompiledDiagram, DiagramInteraction, DiagramRef } from './types';

export const DIAGRAM_FIELDS = ['diagram', 'interaction', 'regions'] as const;
const MAX_HIDDEN = 3;

interface Fields {
  diagram?: string;
  interaction?: DiagramInteraction;
  regions: string[];
}

function wholeWord(haystack: string, needle: string): boolean {
  const escaped = needle.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9-])${escaped}($|[^a-z0-9-])`).test(haystack.toLowerCase());
}

/** What a point card lets the learner tap: arrows when it asks for an arrow, else every other part. */
function pointOptions(diagram: CompiledDiagram, target: string): { id: string; name: string }[] {
  const arrow = (id: string) => diagram.regions.find((r) => r.id === id)?.kind === 'arrow';
  return diagram.regions.filter((r) => arrow(r.id) === arrow(target)).map((r) => ({ id: r.id, name: r.name }));
}

export function diagramRef(
  rc: RawCard,
  name: string,
  fields: Fields,
  diagrams: ReadonlyMap<string, CompiledDiagram>,
  problem: (line: number, message: string) => void,
): DiagramRef | undefined {
  const line = (key: string) => rc.fields.get(key)?.line ?? rc.line;
  for (const key of DIAGRAM_FIELDS) {
    if (key !== 'regions' && fields[key] === undefined) problem(rc.line, `diagram card "${name}" needs a "${key}:" line`);
  }
  if (fields.regions.length === 0) problem(line('regions'), `diagram card "${name}" needs a "regions:" line naming the regions it is about`);
  if (!fields.diagram || !fields.interaction || fields.regions.length === 0) return undefined;
  const diagram = diagrams.get(fields.diagram);
  if (!diagram) {
    problem(line('diagram'), `unknown diagram "${fields.diagram}" in card "${name}" (diagrams: ${[...diagrams.keys()].join(', ') || 'none'})`);
    return undefined;
  }
  const byId = new Map(diagram.regions.map((r) => [r.id, r]));
  let ok = true;
  const fail = (message: string) => {
    ok = false;
    problem(line('regions'), message);
  };
  for (const id of fields.regions) {
    if (!byId.has(id)) fail(`unknown region "${id}" in diagram "${diagram.id}" (card "${name}")`);
  }
  if (new Set(fields.regions).size !== fields.regions.length) fail(`card "${name}" names a region twice`);
  if (fields.interaction === 'point' && fields.regions.length !== 1) fail(`a point card names exactly one region to tap (card "${name}")`);
  if (fields.interaction === 'hide') {
    if (fields.regions.length > MAX_HIDDEN) fail(`a hide card masks at most ${MAX_HIDDEN} regions (card "${name}")`);
    for (const id of fields.regions) {
      const region = byId.get(id);
      if (region?.kind === 'arrow' && !region.label) fail(`region "${id}" is an arrow without a label: nothing to hide (card "${name}")`);
      if (region && wholeWord(diagram.title, region.name)) fail(`the diagram's title names the hidden region "${region.name}" (card "${name}")`);
      const text = region?.label?.lines.join(' ');
      const twin = diagram.regions.find((r) => r.id !== id && !fields.regions.includes(r.id) && r.label?.lines.join(' ') === text);
      if (twin) fail(`region "${twin.id}" shows the same label as hidden "${id}" ("${text}"): hide it too (card "${name}")`);
    }
  }
  if (!ok) return undefined;
  return {
    id: diagram.id,
    hash: diagram.hash,
    interaction: fields.interaction,
    regions: fields.regions,
    names: fields.regions.map((id) => byId.get(id)!.name),
    ...(fields.interaction === 'point' ? { options: pointOptions(diagram, fields.regions[0]) } : {}),
  };
}
