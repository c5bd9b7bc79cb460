// A card's `versions:` ranges: parsing and checking them against the known release lines, whether they
// hold for the line a learner studies, and a plain-words description for the screens.
import {
  findReleaseLine,
  isMainLine,
  LATEST_LINE,
  latestPatch,
  lineName,
  RELEASE_LINES,
  type StudyLine,
} from './releases';

interface Line {
  major: number;
  minor: number;
}

export type VersionRange =
  | { kind: 'all' }
  | { kind: 'history' }
  /** X.Y+: X.Y.0 and every later release. */
  | { kind: 'from'; line: Line }
  /** X.Y.Z+: X.Y.Z and the later patch releases of X.Y only. */
  | { kind: 'patch'; line: Line; patch: number }
  /** X.x: every release of major X. */
  | { kind: 'major'; major: number }
  /** X.Y: the X.Y line only. */
  | { kind: 'line'; line: Line }
  /** X.Y-X.Z: X.Y through X.Z inclusive. */
  | { kind: 'span'; from: Line; to: Line }
  /** <X.Y: every release before X.Y.0. */
  | { kind: 'before'; line: Line };

const NUM = '(0|[1-9]\\d*)';
const LINE = `${NUM}\\.${NUM}`;
const FORMS: [RegExp, (n: number[]) => VersionRange][] = [
  [new RegExp(`^${LINE}\\+$`), ([a, b]) => ({ kind: 'from', line: { major: a, minor: b } })],
  [new RegExp(`^${LINE}\\.${NUM}\\+$`), ([a, b, c]) => ({ kind: 'patch', line: { major: a, minor: b }, patch: c })],
  [new RegExp(`^${NUM}\\.x$`), ([a]) => ({ kind: 'major', major: a })],
  [new RegExp(`^${LINE}$`), ([a, b]) => ({ kind: 'line', line: { major: a, minor: b } })],
  [
    new RegExp(`^${LINE}-${LINE}$`),
    ([a, b, c, d]) => ({ kind: 'span', from: { major: a, minor: b }, to: { major: c, minor: d } }),
  ],
  [new RegExp(`^<${LINE}$`), ([a, b]) => ({ kind: 'before', line: { major: a, minor: b } })],
];

/** One range token, syntax only; undefined when it is not a range. */
export function parseRange(token: string): VersionRange | undefined {
  if (token === 'all' || token === 'history') return { kind: token };
  for (const [form, build] of FORMS) {
    const m = form.exec(token);
    if (m) return build(m.slice(1).map(Number));
  }
  return undefined;
}

export function formatRange(range: VersionRange): string {
  switch (range.kind) {
    case 'all':
    case 'history':
      return range.kind;
    case 'from':
      return `${lineName(range.line)}+`;
    case 'patch':
      return `${lineName(range.line)}.${range.patch}+`;
    case 'major':
      return `${range.major}.x`;
    case 'line':
      return lineName(range.line);
    case 'span':
      return `${lineName(range.from)}-${lineName(range.to)}`;
    case 'before':
      return `<${lineName(range.line)}`;
  }
}

const order = (l: Line) => l.major * 1000 + l.minor;

function knownLines(): string {
  const released = RELEASE_LINES.filter((l) => !isMainLine(l));
  const majors = [...new Set(released.map((l) => l.major))];
  const spans = majors.map((major) => {
    const names = released.filter((l) => l.major === major).map(lineName);
    return names.length > 1 ? `${names[0]}–${names[names.length - 1]}` : names[0];
  });
  const main = RELEASE_LINES.find(isMainLine);
  return `${spans.join(', ')}${main ? `, and ${lineName(main)}+ for main` : ''}`;
}

/** What is wrong with a well-formed range, if anything. */
function rangeProblem(range: VersionRange, token: string): string | undefined {
  const quoted = `versions "${token}"`;
  if (range.kind === 'major') {
    return RELEASE_LINES.some((l) => l.major === range.major && !isMainLine(l))
      ? undefined
      : `${quoted}: no release line ${range.major}.x (known: ${knownLines()})`;
  }
  if (range.kind === 'all' || range.kind === 'history') return undefined;
  const lines = range.kind === 'span' ? [range.from, range.to] : [range.line];
  for (const line of lines) {
    const known = findReleaseLine(line.major, line.minor);
    if (!known) return `${quoted}: no release line ${lineName(line)} (known: ${knownLines()})`;
    if (isMainLine(known) && range.kind !== 'from') {
      return `${quoted}: ${lineName(line)} is main (unreleased) and may be written only as ${lineName(line)}+`;
    }
    const latest = latestPatch(known);
    if (range.kind === 'patch' && latest !== undefined && range.patch > latest) {
      return `${quoted}: the latest ${lineName(line)} release is ${known.latest}`;
    }
  }
  if (range.kind === 'span' && order(range.from) > order(range.to)) {
    return `${quoted} is reversed: write ${lineName(range.to)}-${lineName(range.from)}`;
  }
  if (range.kind === 'span' && order(range.from) === order(range.to)) {
    return `${quoted} spans a single line: write ${lineName(range.from)}`;
  }
  if (range.kind === 'before' && order(range.line) <= order(RELEASE_LINES[0])) {
    return `${quoted} covers no release`;
  }
  return undefined;
}

export interface ParsedVersions {
  /** Canonical tokens of the valid ranges, in authored order. */
  tokens: string[];
  ranges: VersionRange[];
  /** Every problem, as a message (the caller adds where). */
  problems: string[];
}

/** Parses a `versions:` value: ranges separated by spaces and/or commas. Empty means all. */
export function parseVersions(text: string): ParsedVersions {
  const result: ParsedVersions = { tokens: [], ranges: [], problems: [] };
  const written = text.split(/[\s,]+/).filter(Boolean);
  for (const token of written) {
    const range = parseRange(token);
    if (!range) {
      result.problems.push(
        `versions "${token}" is not a range: write all, 2.0+, 1.7.9+, 2.x, 1.7, 2.0-2.2, <2.1 or history`,
      );
      continue;
    }
    const problem = rangeProblem(range, token);
    if (problem) {
      result.problems.push(problem);
      continue;
    }
    const canonical = formatRange(range);
    if (result.tokens.includes(canonical)) {
      result.problems.push(`versions "${canonical}" is listed twice`);
      continue;
    }
    result.tokens.push(canonical);
    result.ranges.push(range);
  }
  for (const alone of ['history', 'all'] as const) {
    if (written.includes(alone) && written.some((t) => t !== alone)) {
      result.problems.push(
        alone === 'history'
          ? 'versions "history" stands alone: a historical card names no other range'
          : 'versions "all" stands alone: it already covers every version',
      );
    }
  }
  return result;
}

function rangeHolds(range: VersionRange, at: Line): boolean {
  switch (range.kind) {
    case 'all':
    case 'history':
      return true;
    case 'from':
      return order(at) >= order(range.line);
    // The learner runs a current patch of their line, so a patch range holds for its whole line.
    case 'patch':
    case 'line':
      return order(at) === order(range.line);
    case 'major':
      return at.major === range.major;
    case 'span':
      return order(range.from) <= order(at) && order(at) <= order(range.to);
    case 'before':
      return order(at) < order(range.line);
  }
}

/**
 * Whether a card with these `versions` (compiled canonical tokens) holds for the chosen line. No ranges
 * means all; a token this version cannot read is ignored rather than hiding the card.
 */
export function versionsHoldFor(versions: readonly string[], line: StudyLine): boolean {
  const [major, minor] = (line === 'latest' ? LATEST_LINE : line).split('.').map(Number);
  return holdsAt(versions, { major, minor });
}

function holdsAt(versions: readonly string[], at: Line): boolean {
  const ranges = versions.map(parseRange).filter((r): r is VersionRange => r !== undefined);
  return ranges.length === 0 || ranges.some((r) => rangeHolds(r, at));
}

/** The first release line both cards hold for ("1.7"), or undefined when their ranges do not meet. */
export function sharedLine(a: readonly string[], b: readonly string[]): string | undefined {
  const line = RELEASE_LINES.find((l) => holdsAt(a, l) && holdsAt(b, l));
  return line && lineName(line);
}

function describeRange(range: VersionRange, alone: boolean): string {
  switch (range.kind) {
    case 'all':
      return 'all versions';
    case 'history':
      return 'historical';
    case 'from': {
      const known = findReleaseLine(range.line.major, range.line.minor);
      return known && isMainLine(known) ? `main (unreleased ${lineName(range.line)})` : `${lineName(range.line)} and later`;
    }
    case 'patch':
      return `${formatRange(range)} on ${lineName(range.line)}`;
    case 'major':
      return `all of ${range.major}.x`;
    case 'line':
      return alone ? `${lineName(range.line)} only` : lineName(range.line);
    case 'span':
      return `${lineName(range.from)} to ${lineName(range.to)}`;
    case 'before':
      return `before ${lineName(range.line)}`;
  }
}

/** The ranges in plain words: "2.0 and later", "1.6.25+ on 1.6, 1.7.9+ on 1.7, and 2.0 and later". */
export function describeVersions(versions: readonly string[]): string {
  const ranges = versions.map(parseRange).filter((r): r is VersionRange => r !== undefined);
  if (ranges.length === 0) return 'all versions';
  const words = ranges.map((r) => describeRange(r, ranges.length === 1));
  if (words.length <= 2) return words.join(' and ');
  return `${words.slice(0, -1).join(', ')}, and ${words[words.length - 1]}`;
}
