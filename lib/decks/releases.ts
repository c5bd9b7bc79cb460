// containerd's release lines, as card `versions:` ranges name them. Update when a release ships.

export interface ReleaseLine {
  major: number;
  minor: number;
  /** Latest patch release tag of the line; absent for main (unreleased). */
  latest?: string;
  /** Date of the line's X.Y.0 release, where the curriculum uses it. */
  released?: string;
}

export const RELEASE_LINES: readonly ReleaseLine[] = [
  { major: 1, minor: 0, latest: 'v1.0.3' },
  { major: 1, minor: 1, latest: 'v1.1.8' },
  { major: 1, minor: 2, latest: 'v1.2.14' },
  { major: 1, minor: 3, latest: 'v1.3.10' },
  { major: 1, minor: 4, latest: 'v1.4.13' },
  { major: 1, minor: 5, latest: 'v1.5.18' },
  { major: 1, minor: 6, latest: 'v1.6.39', released: '2022-02-15' },
  { major: 1, minor: 7, latest: 'v1.7.34', released: '2023-03-10' },
  { major: 2, minor: 0, latest: 'v2.0.11', released: '2024-11-05' },
  { major: 2, minor: 1, latest: 'v2.1.9', released: '2025-05-08' },
  { major: 2, minor: 2, latest: 'v2.2.7', released: '2025-11-05' },
  { major: 2, minor: 3, latest: 'v2.3.4', released: '2026-04-30' },
  { major: 2, minor: 4 },
];

/** The lines a learner can choose to study for; `latest` is the newest released line. */
export const STUDY_LINES = ['1.6', '1.7', '2.0', '2.1', '2.2', '2.3', 'latest'] as const;
export type StudyLine = (typeof STUDY_LINES)[number];
export const LATEST_LINE = '2.3' satisfies StudyLine;

export const isStudyLine = (value: unknown): value is StudyLine => STUDY_LINES.includes(value as StudyLine);

/** The release line a study line stands for: `latest` is LATEST_LINE. */
export function resolveLine(line: StudyLine): Exclude<StudyLine, 'latest'> {
  return line === 'latest' ? LATEST_LINE : line;
}

/** How a study line reads on screen: "2.3 (latest)". */
export function studyLineLabel(line: StudyLine): string {
  return line === 'latest' ? `latest (${LATEST_LINE})` : line;
}

export function lineName(line: Pick<ReleaseLine, 'major' | 'minor'>): string {
  return `${line.major}.${line.minor}`;
}

export function findReleaseLine(major: number, minor: number): ReleaseLine | undefined {
  return RELEASE_LINES.find((l) => l.major === major && l.minor === minor);
}

export function isMainLine(line: ReleaseLine): boolean {
  return line.latest === undefined;
}

/** The patch number of the line's latest release (9 for v2.1.9); undefined for main. */
export function latestPatch(line: ReleaseLine): number | undefined {
  return line.latest === undefined ? undefined : Number(line.latest.split('.')[2]);
}
