// Geometry helpers for the diagram compiler: text width estimates, rectangles, clipping lines to boxes.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

const NARROW = new Set([...'ijlftr.,:;|!\'()[] -']);
const WIDE = new Set([...'mwMW@']);

/**
 * A generous estimate of a line's width in a sans-serif face (DejaVu Sans, the widest the app meets,
 * sets lower case near 0.55 em): a label that passes fits on every platform's system font.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.36;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else em += 0.6;
  }
  return em * size;
}

export const round = (n: number) => Math.round(n * 10) / 10;

export function center(r: Rect): Point {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Where the line from the centre of r towards `toward` leaves r, moved `gap` further out. */
export function exitPoint(r: Rect, toward: Point, gap = 3): Point {
  const c = center(r);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : r.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : r.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  const len = Math.hypot(dx, dy);
  return { x: c.x + dx * s + (dx / len) * gap, y: c.y + dy * s + (dy / len) * gap };
}

/** An arrowhead at `tip`, pointing away from `from`, as polygon points. */
export function arrowHead(from: Point, tip: Point, length = 8, half = 4): string {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * length;
  const by = tip.y - uy * length;
  const pts = [
    [tip.x, tip.y],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ];
  return pts.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
}

/**
 * When two boxes overlap across (by at least `min`), the arrow between them runs straight down, up or
 * sideways through the middle of the overlap; otherwise null (the arrow goes centre to centre).
 */
export function straightLink(a: Rect, b: Rect, gap = 3, min = 16): [Point, Point] | null {
  const x0 = Math.max(a.x, b.x);
  const x1 = Math.min(a.x + a.w, b.x + b.w);
  if (x1 - x0 >= min && (a.y + a.h <= b.y || b.y + b.h <= a.y)) {
    const x = (x0 + x1) / 2;
    const down = a.y < b.y;
    return [
      { x, y: down ? a.y + a.h + gap : a.y - gap },
      { x, y: down ? b.y - gap : b.y + b.h + gap },
    ];
  }
  const y0 = Math.max(a.y, b.y);
  const y1 = Math.min(a.y + a.h, b.y + b.h);
  if (y1 - y0 >= min && (a.x + a.w <= b.x || b.x + b.w <= a.x)) {
    const y = (y0 + y1) / 2;
    const right = a.x < b.x;
    return [
      { x: right ? a.x + a.w + gap : a.x - gap, y },
      { x: right ? b.x - gap : b.x + b.w + gap, y },
    ];
  }
  return null;
}
