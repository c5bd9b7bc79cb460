/** @jest-environment node */
// Browse's search, pure: which cards hold every word, and the excerpt that shows why one matched.
import { findMatch, holdsEveryWord, searchWords, type CardMatch, type SearchableCard } from '@/lib/db/card-match';

const card = (over: Partial<SearchableCard>): SearchableCard => ({ id: 'c1', prompt: '', answer: '', tags: [], ...over });

/** The excerpt as text, with [[ ]] around each marked part. */
const shown = (m: CardMatch | null) => m && `${m.field}: ${m.parts.map((p) => (p.marked ? `[[${p.text}]]` : p.text)).join('')}`;

const CHOICE = card({
  id: 'scope-not-runtime',
  prompt: 'What does containerd hand to runc when it starts a container?',
  answer: 'An OCI bundle: a root filesystem and a `config.json`.',
  choices: [
    { text: 'An OCI bundle', correct: true },
    { text: 'A tarball unpacked by the **snapshotter** at start', correct: false },
  ],
  tags: ['scenario'],
});

describe('searchWords and holdsEveryWord', () => {
  it('splits a query into lower-case words', () => {
    expect(searchWords('  Snapshotter  OCI ')).toEqual(['snapshotter', 'oci']);
    expect(searchWords('')).toEqual([]);
  });

  it('needs every word, each in any field', () => {
    expect(holdsEveryWord(CHOICE, searchWords('snapshotter bundle'))).toBe(true);
    expect(holdsEveryWord(CHOICE, searchWords('snapshotter shim'))).toBe(false);
    expect(holdsEveryWord(CHOICE, searchWords('not-runtime'))).toBe(true);
    expect(holdsEveryWord(CHOICE, [])).toBe(true);
  });
});

describe('findMatch', () => {
  it('names a wrong option that holds the only match, without its Markdown', () => {
    expect(shown(findMatch(CHOICE, ['snapshotter']))).toBe('wrong option: A tarball unpacked by the [[snapshotter]] at start');
  });

  it('prefers the field holding the most words, then the earlier field', () => {
    expect(shown(findMatch(CHOICE, searchWords('OCI root')))).toBe('answer: An [[OCI]] bundle: a [[root]] filesystem and a config.json.');
    expect(findMatch(CHOICE, ['oci'])?.field).toBe('answer');
    expect(findMatch(CHOICE, ['container'])?.field).toBe('prompt');
    expect(shown(findMatch(CHOICE, ['scenario']))).toBe('tag: [[scenario]]');
    expect(shown(findMatch(CHOICE, ['not-run']))).toBe('card id: scope-[[not-run]]time');
  });

  it('marks every occurrence, keeping the text’s own case', () => {
    const typed = card({ prompt: 'Which command lists plugins?', answer: '`ctr plugins ls`', accept: ['ctr plugins ls', 'CTR PLUGIN LS'] });
    expect(shown(findMatch(typed, ['plugin', 'ctr']))).toBe('answer: [[ctr]] [[plugin]]s ls');
    expect(shown(findMatch(card({ accept: ['x', 'CTR PLUGIN LS'] }), ['plugin']))).toBe('accepted answer: CTR [[PLUGIN]] LS');
  });

  it('keeps a cloze deletion hidden unless the match is inside it', () => {
    const cloze = card({ prompt: "containerd's root directory defaults to {{/var/lib/containerd}}." });
    expect(shown(findMatch(cloze, ['root']))).toBe("prompt: containerd's [[root]] directory defaults to […].");
    expect(shown(findMatch(cloze, ['/var/lib']))).toBe("prompt: containerd's root directory defaults to [[/var/lib]]/containerd.");
  });

  it('cuts a long field to an excerpt around the first match, at spaces, with … where text is left out', () => {
    const long = card({ answer: `${'alpha beta gamma '.repeat(10)}the snapshotter keeps layers ${'delta epsilon '.repeat(10)}` });
    const m = findMatch(long, ['snapshotter'], 60)!;
    const text = m.parts.map((p) => p.text).join('');
    expect(m.parts[0]).toEqual({ text: '…', marked: false });
    expect(m.parts.at(-1)).toEqual({ text: '…', marked: false });
    expect(m.parts.filter((p) => p.marked)).toEqual([{ text: 'snapshotter', marked: true }]);
    expect(text.length).toBeLessThanOrEqual(62);
    expect(text).toMatch(/^…[a-z]+ .* [a-z]+…$/);
  });

  it('starts a long field’s excerpt at its beginning when the first match is near it', () => {
    const prompt =
      'Which cgroup driver does the kubelet use by default, and why do the docs still recommend the systemd driver on hosts booted with systemd?';
    const m = findMatch(card({ prompt }), ['driver'], 80)!;
    expect(m.parts[0]).toEqual({ text: 'Which cgroup ', marked: false });
    expect(m.parts.at(-1)).toEqual({ text: '…', marked: false });
  });

  it('shows a short field whole and finds a word written across Markdown marks', () => {
    expect(shown(findMatch(card({ answer: 'The OCI runtime, **runc** by default.' }), ['**runc**']))).toBe(
      'answer: The OCI runtime, [[**runc**]] by default.',
    );
  });

  it('has nothing to show with no words or no match', () => {
    expect(findMatch(CHOICE, [])).toBeNull();
    expect(findMatch(CHOICE, ['shim'])).toBeNull();
  });
});
