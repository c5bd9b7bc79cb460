import {
  compileDecks,
  describeVersions,
  findReleaseLine,
  formatProblem,
  parseRange,
  parseVersions,
  STUDY_LINES,
  versionsHoldFor,
  type StudyLine,
} from '@/lib/decks';

import { BASIC, deck } from './fixtures';

const problemsOf = (value: string) => parseVersions(value).problems;
const tokensOf = (value: string) => parseVersions(value).tokens;

describe('parseVersions: every form', () => {
  it.each([
    ['all', { kind: 'all' }],
    ['history', { kind: 'history' }],
    ['2.0+', { kind: 'from', line: { major: 2, minor: 0 } }],
    ['1.7.9+', { kind: 'patch', line: { major: 1, minor: 7 }, patch: 9 }],
    ['2.x', { kind: 'major', major: 2 }],
    ['1.7', { kind: 'line', line: { major: 1, minor: 7 } }],
    ['2.0-2.2', { kind: 'span', from: { major: 2, minor: 0 }, to: { major: 2, minor: 2 } }],
    ['<2.1', { kind: 'before', line: { major: 2, minor: 1 } }],
    ['2.4+', { kind: 'from', line: { major: 2, minor: 4 } }],
  ])('%s', (token, range) => {
    expect(parseRange(token)).toEqual(range);
    expect(parseVersions(token)).toEqual({ tokens: [token], ranges: [range], problems: [] });
  });

  it('splits on spaces and/or commas, keeping authored order', () => {
    expect(tokensOf('1.6.25+ 1.7.9+ 2.0+')).toEqual(['1.6.25+', '1.7.9+', '2.0+']);
    expect(tokensOf('1.6.25+, 1.7.9+,2.0+')).toEqual(['1.6.25+', '1.7.9+', '2.0+']);
    expect(tokensOf('  <2.1 ,  2.3 ')).toEqual(['<2.1', '2.3']);
    expect(problemsOf('1.6.25+, 1.7.9+,2.0+')).toEqual([]);
  });

  it('reads an empty value as no ranges (all)', () => {
    expect(parseVersions('')).toEqual({ tokens: [], ranges: [], problems: [] });
  });

  it('accepts every value the existing decks use', () => {
    for (const v of ['2.x', 'history', '2.3+', '2.1+', '1.5+', '1.4+', '2.2+', '1.x', '1.6+', 'all', '1.7+', '1.1+']) {
      expect(parseVersions(v)).toMatchObject({ tokens: [v], problems: [] });
    }
  });

  it('accepts the edges of the known lines', () => {
    expect(problemsOf('1.0 1.0.3+ 2.1.9+ 2.3.4+ 2.3.0+ 1.6-2.3 <1.1 1.x')).toEqual([]);
  });
});

describe('parseVersions: every error', () => {
  it('a malformed range', () => {
    for (const bad of ['2', '2.', '2.x+', '2.0++', 'v2.0+', '02.0+', '2.01', '2.0-', '-2.0', '>2.0', '<=2.0', '2.0-2.x', 'All', '1.6.x']) {
      expect(problemsOf(bad)).toEqual([
        `versions "${bad}" is not a range: write all, 2.0+, 1.7.9+, 2.x, 1.7, 2.0-2.2, <2.1 or history`,
      ]);
    }
  });

  it('an unknown release line', () => {
    const known = '(known: 1.0–1.7, 2.0–2.3, and 2.4+ for main)';
    expect(problemsOf('3.1+')).toEqual([`versions "3.1+": no release line 3.1 ${known}`]);
    expect(problemsOf('1.9')).toEqual([`versions "1.9": no release line 1.9 ${known}`]);
    expect(problemsOf('3.x')).toEqual([`versions "3.x": no release line 3.x ${known}`]);
    expect(problemsOf('1.8.1+')).toEqual([`versions "1.8.1+": no release line 1.8 ${known}`]);
    expect(problemsOf('2.0-2.5')).toEqual([`versions "2.0-2.5": no release line 2.5 ${known}`]);
    expect(problemsOf('<0.9')).toEqual([`versions "<0.9": no release line 0.9 ${known}`]);
  });

  it('main (2.4) other than as 2.4+', () => {
    for (const bad of ['2.4', '2.4.0+', '2.3-2.4', '<2.4']) {
      expect(problemsOf(bad)).toEqual([`versions "${bad}": 2.4 is main (unreleased) and may be written only as 2.4+`]);
    }
  });

  it('a patch beyond the line’s latest release', () => {
    expect(problemsOf('2.1.12+')).toEqual(['versions "2.1.12+": the latest 2.1 release is v2.1.9']);
    expect(problemsOf('1.6.40+')).toEqual(['versions "1.6.40+": the latest 1.6 release is v1.6.39']);
  });

  it('a reversed or empty span, and a range before any release', () => {
    expect(problemsOf('2.2-2.0')).toEqual(['versions "2.2-2.0" is reversed: write 2.0-2.2']);
    expect(problemsOf('2.0-1.7')).toEqual(['versions "2.0-1.7" is reversed: write 1.7-2.0']);
    expect(problemsOf('2.1-2.1')).toEqual(['versions "2.1-2.1" spans a single line: write 2.1']);
    expect(problemsOf('<1.0')).toEqual(['versions "<1.0" covers no release']);
  });

  it('history or all with anything else', () => {
    expect(problemsOf('history 2.0+')).toEqual(['versions "history" stands alone: a historical card names no other range']);
    expect(problemsOf('1.x, history')).toEqual(['versions "history" stands alone: a historical card names no other range']);
    expect(problemsOf('all 2.0+')).toEqual(['versions "all" stands alone: it already covers every version']);
  });

  it('a duplicate range', () => {
    expect(problemsOf('2.0+ 1.7 2.0+')).toEqual(['versions "2.0+" is listed twice']);
    expect(problemsOf('history, history')).toEqual(['versions "history" is listed twice']);
  });

  it('reports every problem of a value, each once', () => {
    expect(problemsOf('3.1+ 2.1.12+ 2.2-2.0 2.x 2.x nope')).toEqual([
      'versions "3.1+": no release line 3.1 (known: 1.0–1.7, 2.0–2.3, and 2.4+ for main)',
      'versions "2.1.12+": the latest 2.1 release is v2.1.9',
      'versions "2.2-2.0" is reversed: write 2.0-2.2',
      'versions "2.x" is listed twice',
      'versions "nope" is not a range: write all, 2.0+, 1.7.9+, 2.x, 1.7, 2.0-2.2, <2.1 or history',
    ]);
  });
});

describe('decks:check reports versions problems at the versions line', () => {
  const withVersions = (v: string) => deck(BASIC.replace('versions: 2.x', `versions: ${v}`));
  const problems = (v: string) =>
    compileDecks([{ path: 'decks/sample.md', text: withVersions(v) }], false).problems.map(formatProblem);

  it('one line per problem, the card left out of the bundle', () => {
    expect(problems('3.1+ 2.2-2.0')).toEqual([
      'decks/sample.md:12: versions "3.1+": no release line 3.1 (known: 1.0–1.7, 2.0–2.3, and 2.4+ for main) (card "sample-basic")',
      'decks/sample.md:12: versions "2.2-2.0" is reversed: write 2.0-2.2 (card "sample-basic")',
    ]);
    expect(compileDecks([{ path: 'decks/sample.md', text: withVersions('1.9') }], false).bundle.decks).toEqual([]);
  });

  it('compiles canonical tokens, the same hash whether commas or spaces separate them', () => {
    const cardOf = (v: string) => compileDecks([{ path: 'd.md', text: withVersions(v) }], false).bundle.decks[0].cards[0];
    expect(cardOf('1.6.25+ 1.7.9+ 2.0+').versions).toEqual(['1.6.25+', '1.7.9+', '2.0+']);
    expect(cardOf('1.6.25+, 1.7.9+, 2.0+').hash).toBe(cardOf('1.6.25+ 1.7.9+ 2.0+').hash);
    expect(cardOf('').versions).toEqual([]);
  });
});

describe('versionsHoldFor', () => {
  const holding = (versions: string[]) => STUDY_LINES.filter((line) => versionsHoldFor(versions, line));

  it('all, history and no ranges hold everywhere', () => {
    expect(holding(['all'])).toEqual([...STUDY_LINES]);
    expect(holding(['history'])).toEqual([...STUDY_LINES]);
    expect(holding([])).toEqual([...STUDY_LINES]);
  });

  it.each<[string[], StudyLine[]]>([
    [['2.0+'], ['2.0', '2.1', '2.2', '2.3', 'latest']],
    [['2.3+'], ['2.3', 'latest']],
    [['2.4+'], []],
    [['1.1+'], [...STUDY_LINES]],
    [['1.6.25+'], ['1.6']],
    [['1.6.25+', '1.7.9+', '2.0+'], [...STUDY_LINES]],
    [['1.7.9+', '2.2+'], ['1.7', '2.2', '2.3', 'latest']],
    [['1.x'], ['1.6', '1.7']],
    [['2.x'], ['2.0', '2.1', '2.2', '2.3', 'latest']],
    [['1.7'], ['1.7']],
    [['2.3'], ['2.3', 'latest']],
    [['2.0-2.2'], ['2.0', '2.1', '2.2']],
    [['1.5-1.6'], ['1.6']],
    [['<2.1'], ['1.6', '1.7', '2.0']],
    [['<1.6'], []],
    [['1.7', '2.2-2.3'], ['1.7', '2.2', '2.3', 'latest']],
  ])('%j holds for %j', (versions, lines) => {
    expect(holding(versions)).toEqual(lines);
  });

  it('latest is 2.3', () => {
    expect(findReleaseLine(2, 3)?.latest).toBe('v2.3.4');
    expect(versionsHoldFor(['2.3'], 'latest')).toBe(true);
    expect(versionsHoldFor(['<2.3'], 'latest')).toBe(false);
  });

  it('ignores a token it cannot read rather than hiding the card', () => {
    expect(versionsHoldFor(['someday'], '1.6')).toBe(true);
    expect(versionsHoldFor(['someday', '2.0+'], '1.6')).toBe(false);
  });
});

describe('describeVersions', () => {
  it.each([
    [['2.0+'], '2.0 and later'],
    [['1.6.25+', '1.7.9+', '2.0+'], '1.6.25+ on 1.6, 1.7.9+ on 1.7, and 2.0 and later'],
    [['1.7.9+', '2.0+'], '1.7.9+ on 1.7 and 2.0 and later'],
    [['<2.1'], 'before 2.1'],
    [['history'], 'historical'],
    [['all'], 'all versions'],
    [[], 'all versions'],
    [['2.x'], 'all of 2.x'],
    [['1.7'], '1.7 only'],
    [['1.7', '2.2+'], '1.7 and 2.2 and later'],
    [['2.0-2.2'], '2.0 to 2.2'],
    [['2.4+'], 'main (unreleased 2.4)'],
  ])('%j: %s', (versions, words) => {
    expect(describeVersions(versions)).toBe(words);
  });
});
