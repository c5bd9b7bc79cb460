// Lays out one checked diagram source: rectangles, arrow paths with their heads, label lines, marks.
// Reports what would draw badly: a region outside the canvas, a label wider than its box, boxes that
// overlap, an arrow to a region that does not exist, a region too small to tap.
import { contentHash } from '../hash';
import { resolveSource } from '../sources';
import type { DeckProblem } from '../types';
import { arrowHead, center, contains, exitPoint, intersects, round, straightLink, textWidth, type Point, type Rect } from './geometry';
import type { ParsedDiagram, RegionSource } from './source';
import type { CompiledDiagram, CompiledRegion, LabelGeometry } from './types';

const FONT = 13;
const GROUP_FONT = 11;
const ARROW_FONT = 11;
const LINE = 1.25;
/** Smallest box a finger can hit at 320 px (the drawing scales to about 0.8 there). */
const MIN_BOX = { w: 40, h: 30 };
const HEAD = 8;

const linesOf = (r: RegionSource) => (r.label === undefined ? [r.name] : Array.isArray(r.label) ? r.label : [r.label]);

function boxLabel(r: RegionSource, rect: Rect, group: boolean): LabelGeometry {
  const lines = linesOf(r);
  if (group) {
    const size = r.font ?? GROUP_FONT;
    const [x, y] = r.label_at ?? [rect.x + 8, rect.y + size + 4];
    return { x, y, lines, anchor: 'start', size, lineHeight: round(size * LINE) };
  }
  const size = r.font ?? FONT;
  const lineHeight = round(size * LINE);
  const top = rect.y + rect.h / 2 - (lines.length * lineHeight) / 2;
  // The baseline sits about 0.8 em below the top of a line.
  return { x: round(rect.x + rect.w / 2), y: round(top + size * 0.95), lines, anchor: 'middle', size, lineHeight };
}

function labelBounds(label: LabelGeometry): Rect {
  const w = Math.max(...label.lines.map((l) => textWidth(l, label.size)));
  const x = label.anchor === 'middle' ? label.x - w / 2 : label.x;
  return { x, y: label.y - label.size, w, h: label.lineHeight * label.lines.length };
}

export function compileDiagram(file: string, { source, line }: ParsedDiagram): { diagram?: CompiledDiagram; problems: DeckProblem[] } {
  const problems: DeckProblem[] = [];
  const report = (path: readonly PropertyKey[], message: string) => problems.push({ file, line: line(path), message });
  const [width, height] = source.size;
  const canvas: Rect = { x: 0, y: 0, w: width, h: height };

  const sources = source.sources.map((s, i) => {
    const r = resolveSource(s);
    if ('error' in r) report(['sources', i], r.error);
    return { label: s, url: 'url' in r ? r.url : '' };
  });

  const index = new Map<string, number>();
  const names = new Map<string, string>();
  source.regions.forEach((r, i) => {
    if (index.has(r.id)) report(['regions', i, 'id'], `duplicate region id "${r.id}" (first at line ${line(['regions', index.get(r.id)!])})`);
    else index.set(r.id, i);
    const key = r.name.toLowerCase();
    if (names.has(key)) report(['regions', i, 'name'], `regions "${names.get(key)}" and "${r.id}" share the name "${r.name}": a listener could not tell them apart`);
    else names.set(key, r.id);
  });

  // Boxes and text first: arrows attach to them.
  const rects = new Map<string, { rect: Rect; group: boolean }>();
  const placed = new Map<string, CompiledRegion>();
  source.regions.forEach((r, i) => {
    const at = (key?: string) => (key ? ['regions', i, key] : ['regions', i]);
    if (r.box) {
      const [x, y, w, h] = r.box;
      const rect = { x, y, w, h };
      const group = r.style === 'group';
      if (!contains(canvas, rect)) report(at('box'), `region "${r.id}" reaches outside the ${width}×${height} drawing`);
      if (w < MIN_BOX.w || h < MIN_BOX.h) report(at('box'), `region "${r.id}" is ${w}×${h}: at least ${MIN_BOX.w}×${MIN_BOX.h}, so a finger can hit it at 320 px`);
      const label = boxLabel(r, rect, group);
      const room = labelBounds(label);
      if (group && !contains(rect, room)) report(at('label_at'), `label of group "${r.id}" reaches outside its box`);
      const labelKey = r.label === undefined ? 'box' : 'label';
      if (room.w > w - (group ? 16 : 10)) report(at(labelKey), `label of "${r.id}" is about ${Math.round(room.w)} wide; its box is ${w}: widen the box or break the label into lines`);
      if (!group && room.h > h - 4) report(at(labelKey), `label of "${r.id}" has ${label.lines.length} lines; its box is ${h} high`);
      rects.set(r.id, { rect, group });
      placed.set(r.id, {
        id: r.id,
        name: r.name,
        kind: group ? 'group' : 'box',
        tone: r.tone ?? 0,
        shape: { type: 'rect', x, y, w, h, dashed: group || r.style === 'dashed' },
        label,
        mark: group ? { x: round(x + w - 14), y: round(y + 14) } : center(rect),
        within: null,
      });
    } else if (r.text) {
      const size = r.font ?? FONT;
      const label: LabelGeometry = { x: r.text[0], y: r.text[1], lines: linesOf(r), anchor: r.align ?? 'middle', size, lineHeight: round(size * LINE) };
      const bounds = labelBounds(label);
      if (!contains(canvas, bounds)) report(at('text'), `text "${r.id}" reaches outside the ${width}×${height} drawing`);
      rects.set(r.id, { rect: bounds, group: false });
      placed.set(r.id, { id: r.id, name: r.name, kind: 'text', tone: 0, shape: { type: 'none' }, label, mark: center(bounds), within: null });
    }
  });

  const entries = [...rects.entries()];
  for (const [id, { rect, group }] of entries) {
    const region = placed.get(id)!;
    let best: { id: string; area: number } | null = null;
    for (const [other, o] of entries) {
      if (other === id || !o.group) continue;
      if (contains(o.rect, rect) && !(group && contains(rect, o.rect))) {
        const area = o.rect.w * o.rect.h;
        if (!best || area < best.area) best = { id: other, area };
      } else if (intersects(o.rect, rect) && !contains(rect, o.rect)) {
        report(['regions', index.get(id)!], `region "${id}" crosses the edge of group "${other}": put it inside or outside`);
      }
    }
    region.within = best?.id ?? null;
    if (group || region.kind === 'text') continue;
    for (const [other, o] of entries) {
      if (other > id && !o.group && placed.get(other)!.kind !== 'text' && intersects(o.rect, rect)) {
        report(['regions', index.get(id)!], `boxes "${id}" and "${other}" overlap`);
      }
    }
  }

  source.regions.forEach((r, i) => {
    if (!r.arrow) return;
    const at = (key: string) => ['regions', i, key];
    const [from, to] = r.arrow;
    const ends = [from, to].map((end) => {
      const target = rects.get(end);
      if (!target) report(at('arrow'), index.has(end) ? `arrow "${r.id}" ends at "${end}", another arrow: arrows join boxes and text` : `arrow "${r.id}" names unknown region "${end}"`);
      return target?.rect;
    });
    if (from === to) report(at('arrow'), `arrow "${r.id}" starts and ends at "${from}"`);
    const [a, b] = ends;
    if (!a || !b || from === to) return;
    const via: Point[] = (r.via ?? []).map(([x, y]) => ({ x, y }));
    for (const p of via) if (!contains(canvas, { x: p.x, y: p.y, w: 0, h: 0 })) report(at('via'), `a bend of "${r.id}" is outside the drawing`);
    const straight = via.length === 0 ? straightLink(a, b) : null;
    const start = straight?.[0] ?? exitPoint(a, via[0] ?? center(b));
    const end = straight?.[1] ?? exitPoint(b, via.at(-1) ?? center(a));
    const points = [start, ...via, end];
    const ends2 = r.ends ?? 'end';
    const heads: string[] = [];
    const shorten = (tip: Point, prev: Point): Point => {
      const len = Math.hypot(tip.x - prev.x, tip.y - prev.y) || 1;
      return { x: tip.x - ((tip.x - prev.x) / len) * (HEAD - 1), y: tip.y - ((tip.y - prev.y) / len) * (HEAD - 1) };
    };
    if (ends2 !== 'none') {
      heads.push(arrowHead(points[points.length - 2], end, HEAD));
      points[points.length - 1] = shorten(end, points[points.length - 2]);
    }
    if (ends2 === 'both') {
      heads.push(arrowHead(points[1], start, HEAD));
      points[0] = shorten(start, points[1]);
    }
    const d = points.map((p, k) => `${k === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
    const long = points.slice(1).reduce(
      (acc, p, k) => {
        const len = Math.hypot(p.x - points[k].x, p.y - points[k].y);
        return len > acc.len ? { len, a: points[k], b: p } : acc;
      },
      { len: -1, a: points[0], b: points[1] },
    );
    const mid = { x: (long.a.x + long.b.x) / 2, y: (long.a.y + long.b.y) / 2 };
    const upright = Math.abs(long.b.x - long.a.x) < Math.abs(long.b.y - long.a.y);
    let label: LabelGeometry | null = null;
    if (r.label !== undefined) {
      const size = r.font ?? ARROW_FONT;
      const [lx, ly] = r.label_at ?? (upright ? [mid.x + 6, mid.y + size / 3] : [mid.x, mid.y - 5]);
      label = { x: round(lx), y: round(ly), lines: linesOf(r), anchor: r.label_at || !upright ? 'middle' : 'start', size, lineHeight: round(size * LINE) };
      if (!contains(canvas, labelBounds(label))) report(at('label'), `label of arrow "${r.id}" reaches outside the drawing: set label_at`);
    }
    placed.set(r.id, {
      id: r.id,
      name: r.name,
      kind: 'arrow',
      tone: 0,
      shape: { type: 'path', d, dashed: r.dashed ?? false, heads },
      label,
      mark: label ? center(labelBounds(label)) : { x: round(mid.x), y: round(mid.y) },
      within: null,
      from,
      to,
      ...(ends2 === 'both' ? { both: true } : {}),
    });
  });

  if (problems.length > 0) return { problems };
  const order: CompiledRegion['kind'][] = ['group', 'box', 'arrow', 'text'];
  const regions = source.regions
    .map((r) => placed.get(r.id)!)
    .map((r) => ({ ...r, mark: { x: round(r.mark.x), y: round(r.mark.y) } }))
    .sort((p, q) => order.indexOf(p.kind) - order.indexOf(q.kind) || area(q) - area(p));
  const body = { id: source.id, title: source.title, description: source.description, sources, width, height, regions };
  return { diagram: { ...body, hash: contentHash(JSON.stringify(body)) }, problems };
}

/** Larger groups first, so a group drawn inside another stays on top of it. */
function area(r: CompiledRegion): number {
  return r.kind === 'group' && r.shape.type === 'rect' ? r.shape.w * r.shape.h : 0;
}
