import { compileDecks, formatProblem, clozeFront, clozeBack, resolveSource } from '@/lib/decks';
import { compareTyped } from '@/lib/decks/typed-compare';

const isTypedAnswerRight = (input: string, accept: readonly string[]) => compareTyped(input, accept).result === 'right';

import { BASIC, CHOICE, CLOZE, deck, FRONT, TYPED } from './fixtures';

const NO_LINT = false as const;

function problemsOf(text: string, path = 'decks/sample.md'): string[] {
  return compileDecks([{ path, text }], NO_LINT).problems.map(formatProblem);
}

describe('compileDecks: valid decks', () => {
  it('compiles all four card kinds', () => {
    const { bundle, problems } = compileDecks([{ path: 'decks/sample.md', text: deck(BASIC, CHOICE, CLOZE, TYPED) }], NO_LINT);
    expect(problems).toEqual([]);
    const [d] = bundle.decks;
    expect(d.id).toBe('sample');
    expect(d.cards.map((c) => [c.id, c.kind])).toEqual([
      ['sample-basic', 'basic'],
      ['sample-choice', 'choice'],
      ['sample-cloze', 'cloze'],
      ['sample-typed', 'typed'],
    ]);
    expect(d.cards[0].versions).toEqual(['2.x']);
    expect(d.cards[0].sourceUrl).toBe('https://github.com/containerd/containerd/blob/main/docs/RUNC.md');
    expect(d.cards[1].choices?.filter((c) => c.correct).map((c) => c.text)).toEqual(['containerd-shim-runc-v2']);
    expect(d.cards[3].accept).toEqual(['ctr plugins ls', 'ctr plugin ls', 'ctr plugins list']);
  });

  it('keeps a card hash stable unless its content changes', () => {
    const a = compileDecks([{ path: 'd.md', text: deck(BASIC) }], NO_LINT).bundle.decks[0].cards[0];
    const b = compileDecks([{ path: 'd.md', text: deck(BASIC) }], NO_LINT).bundle.decks[0].cards[0];
    const c = compileDecks([{ path: 'd.md', text: deck(BASIC.replace('by default', 'unless configured')) }], NO_LINT).bundle
      .decks[0].cards[0];
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
  });

  it('compares typed answers after trimming and collapsing whitespace', () => {
    const accept = ['ctr plugins ls', 'ctr plugin ls'];
    expect(isTypedAnswerRight('  ctr   plugins\tls ', accept)).toBe(true);
    expect(isTypedAnswerRight('`ctr plugin ls`', accept)).toBe(true);
    expect(isTypedAnswerRight('containerd plugins ls', accept)).toBe(false);
    expect(isTypedAnswerRight('   ', accept)).toBe(false);
  });

  it('renders cloze fronts hidden and backs filled', () => {
    expect(clozeFront('root is {{/var/lib/containerd}}.')).toBe('root is **[…]**.');
    expect(clozeBack('root is {{/var/lib/containerd}}.')).toBe('root is **/var/lib/containerd**.');
  });
});

describe('compileDecks: each bad input gets file:line: message', () => {
  it('missing card id', () => {
    expect(problemsOf(deck(BASIC.replace('## sample-basic', '## ')))).toContain(
      'decks/sample.md:9: card without an id: write "## <card-id>"',
    );
  });

  it('duplicate card id in a deck and across decks', () => {
    expect(problemsOf(deck(BASIC, BASIC))).toContain('decks/sample.md:20: duplicate card id "sample-basic" (first at line 9)');
    const other = FRONT.replace('id: sample', 'id: other') + BASIC;
    const { problems } = compileDecks(
      [
        { path: 'decks/a.md', text: deck(BASIC) },
        { path: 'decks/b.md', text: other },
      ],
      NO_LINT,
    );
    expect(problems.map(formatProblem)).toContain('decks/b.md:9: duplicate card id "sample-basic" (also in decks/a.md)');
  });

  it('a card without a source', () => {
    expect(problemsOf(deck(BASIC.replace('source: containerd/containerd/docs/RUNC.md\n', '')))).toContain(
      'decks/sample.md:9: card has no source: add a "source:" line (card "sample-basic")',
    );
  });

  it('a source that is not upstream', () => {
    expect(problemsOf(deck(BASIC.replace('containerd/containerd/docs/RUNC.md', 'https://example.com/x')))).toContain(
      'decks/sample.md:11: source host "example.com" is not upstream (allowed: github.com, containerd.io, kubernetes.io, docs.docker.com, opencontainers.org, www.mankier.com)',
    );
  });

  it('an unknown field and an unknown section', () => {
    const bad = deck(BASIC.replace('versions: 2.x', 'versions: 2.x\ndifficulty: hard').replace('### Answer', '### Hint\nx\n\n### Answer'));
    const problems = problemsOf(bad);
    expect(problems).toContain('decks/sample.md:13: unknown field "difficulty" in card "sample-basic" (known: kind, source, versions, variants, upgrade, tags, truth, diagram, interaction, regions)');
    expect(problems).toContain('decks/sample.md:18: unknown section "Hint" in card "sample-basic" (known: Prompt, Answer, Choices, Accept, Steps)');
  });

  it('an unknown front matter field', () => {
    expect(problemsOf(deck(BASIC).replace('title: Sample deck', 'title: Sample deck\nauthor: me'))).toContain(
      'decks/sample.md:4: unknown front matter field "author"',
    );
  });

  it('multiple choice with no right option, or two', () => {
    expect(problemsOf(deck(CHOICE.replace('- [x]', '- [ ]')))).toContain(
      'decks/sample.md:19: multiple-choice card "sample-choice" has no right option: mark one "- [x]"',
    );
    expect(problemsOf(deck(CHOICE.replace('- [ ] runc', '- [x] runc')))).toContain(
      'decks/sample.md:19: multiple-choice card "sample-choice" has 2 right options: exactly one may be "- [x]"',
    );
    expect(problemsOf(deck(CHOICE.replace('- [ ] runc\n', '')))).toContain(
      'decks/sample.md:19: multiple-choice card "sample-choice" needs at least three wrong options, has 2',
    );
  });

  it('an empty prompt or answer', () => {
    expect(problemsOf(deck(BASIC.replace("Which program creates the container's processes?", '')))).toContain(
      'decks/sample.md:14: empty prompt in card "sample-basic": add a "### Prompt" section',
    );
    expect(problemsOf(deck(BASIC.replace('The OCI runtime, **runc** by default.', '')))).toContain(
      'decks/sample.md:17: empty answer in card "sample-basic": add a "### Answer" section',
    );
  });

  it('malformed front matter', () => {
    expect(problemsOf(deck(BASIC).replace('title: Sample deck', 'title: [unclosed'))[0]).toMatch(
      /^decks\/sample\.md:\d+: malformed front matter: /,
    );
    expect(problemsOf('# no front matter\n')).toEqual([
      'decks/sample.md:1: front matter missing: the file must start with a line "---"',
    ]);
    expect(problemsOf('---\nid: x\n')).toEqual(['decks/sample.md:1: front matter is not closed: add a line "---" after it']);
  });

  it('a cloze without a deletion', () => {
    expect(problemsOf(deck(CLOZE.replace('{{/var/lib/containerd}}', '/var/lib/containerd')))).toContain(
      'decks/sample.md:13: cloze without a deletion in card "sample-cloze": mark hidden text as {{like this}}',
    );
  });

  it('a duplicate deck id', () => {
    const { problems } = compileDecks(
      [
        { path: 'decks/a.md', text: deck(BASIC) },
        { path: 'decks/b.md', text: deck(CHOICE) },
      ],
      NO_LINT,
    );
    expect(problems.map(formatProblem)).toContain('decks/b.md:2: duplicate deck id "sample" (also in decks/a.md)');
  });

  it('ignores headings inside code fences', () => {
    const fenced = BASIC.replace('The OCI runtime, **runc** by default.', '```sh\n## not a card\nctr run\n```');
    expect(problemsOf(deck(fenced))).toEqual([]);
  });
});

describe('lintDecks: content rules', () => {
  it('flags long prompts, answers given away, duplicate prompts and small decks', () => {
    const long = BASIC.replace("Which program creates the container's processes?", 'x'.repeat(201));
    const giveaway = CHOICE.replace('Which shim binary', 'Is containerd-shim-runc-v2 the shim binary that').replace(
      '## sample-choice',
      '## sample-giveaway',
    );
    const dup = BASIC.replace('## sample-basic', '## sample-dup');
    const { problems } = compileDecks([{ path: 'decks/s.md', text: deck(long, giveaway, BASIC.replace('## sample-basic', '## sample-b2'), dup) }]);
    const text = problems.map(formatProblem);
    expect(text).toContain('decks/s.md:1: deck "sample" has 4 cards; a deck needs at least 12');
    expect(text).toContain('decks/s.md:9: prompt of "sample-basic" is 201 characters; at most 200');
    expect(text).toContain('decks/s.md:20: the prompt of "sample-giveaway" gives its answer away ("containerd-shim-runc-v2")');
    expect(text).toContain('decks/s.md:47: prompt of "sample-dup" duplicates the prompt of "sample-b2"');
  });
});

describe('resolveSource: upstream owners', () => {
  it.each([
    ['cncf-tags/container-device-interface/SPEC.md', 'https://github.com/cncf-tags/container-device-interface/blob/main/SPEC.md'],
    ['microsoft/hcsshim/README.md@v0.12.0', 'https://github.com/microsoft/hcsshim/blob/v0.12.0/README.md'],
    ['containerd/containerd/docs/hosts.md@release/1.7', 'https://github.com/containerd/containerd/blob/release/1.7/docs/hosts.md'],
  ])('%s', (source, url) => {
    expect(resolveSource(source)).toEqual({ url });
  });

  it('refuses any other owner', () => {
    expect(resolveSource('someone/fork/README.md')).toEqual({
      error:
        'source owner "someone" is not upstream (allowed: containerd, opencontainers, kubernetes, kubernetes-sigs, moby, docker, cncf-tags, microsoft)',
    });
  });
});

describe('lintDecks: scenario cards', () => {
  // BASIC holds for 2.x only, so the lint wants its upgrade stage (lint-upgrade.ts).
  const STAGED = BASIC.replace('versions: 2.x', 'versions: 2.x\nupgrade: new');
  const tagged = (card: string, prompt: string) =>
    card
      .replace("Which program creates the container's processes?", prompt)
      .replace('upgrade: new', 'upgrade: new\ntags: registry, scenario');
  const lintOf = (card: string) =>
    compileDecks([{ path: 'decks/s.md', text: deck(card) }]).problems.map(formatProblem).filter((p) => !p.includes('a deck needs'));

  it('flags a scenario whose prompt is shorter than 40 characters', () => {
    expect(lintOf(tagged(STAGED, 'Pull fails. Why?'))).toEqual([
      'decks/s.md:9: prompt of scenario "sample-basic" is 16 characters; a scenario states a symptom in at least 40',
    ]);
    expect(lintOf(tagged(STAGED, 'x'.repeat(39)))).toHaveLength(1);
  });

  it('accepts a scenario of 40 characters or more, and a short prompt without the tag', () => {
    expect(lintOf(tagged(STAGED, 'x'.repeat(40)))).toEqual([]);
    expect(
      lintOf(tagged(STAGED, '`crictl pull` prints `failed to resolve reference`. What do you check first?')),
    ).toEqual([]);
    expect(lintOf(STAGED.replace("Which program creates the container's processes?", 'Pull fails. Why?'))).toEqual([]);
  });

  it('keeps the other content rules for scenario cards', () => {
    expect(lintOf(tagged(STAGED, 'y'.repeat(201)))).toEqual([
      'decks/s.md:9: prompt of "sample-basic" is 201 characters; at most 200',
    ]);
  });
});
