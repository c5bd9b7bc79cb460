import { sameCommand } from '@/lib/decks/command-normalize';
import { compareTyped } from '@/lib/decks/typed-compare';

const text = (segments: { text: string; kind: string }[], kind?: string) =>
  segments.map((s) => (kind === undefined || s.kind === kind ? s.text : '')).join('');

describe('compareTyped', () => {
  it('is right when the typed answer matches an accepted one (whitespace and backticks aside)', () => {
    const c = compareTyped('  `ctr  plugins ls` ', ['ctr plugins ls', 'ctr plugin list']);
    expect(c.result).toBe('right');
    expect(c.expected).toBe('ctr plugins ls');
    expect(c.givenSegments).toEqual([{ text: 'ctr plugins ls', kind: 'same' }]);
  });

  it('names a case-only difference and marks the letters that differ', () => {
    const c = compareTyped('Default', ['default']);
    expect(c.result).toBe('case-only');
    expect(text(c.givenSegments, 'extra')).toBe('D');
    expect(text(c.expectedSegments, 'missing')).toBe('d');
    expect(compareTyped('containerd_namespace', ['CONTAINERD_NAMESPACE']).result).toBe('case-only');
  });

  it('compares with the closest accepted answer and marks what is extra and what is missing', () => {
    const c = compareTyped('ctr plugins l', ['ctr plugins ls', 'crictl info']);
    expect(c.result).toBe('wrong');
    expect(c.sameCommand).toBe(false);
    expect(c.expected).toBe('ctr plugins ls');
    expect(text(c.expectedSegments, 'missing')).toBe('s');
    expect(text(c.givenSegments)).toBe('ctr plugins l');
    expect(text(c.expectedSegments)).toBe('ctr plugins ls');
    const extra = compareTyped('ctr tasks lss', ['ctr tasks ls']);
    expect(text(extra.givenSegments, 'extra')).toBe('s');
  });

  it('prefers the accepted answer that differs only in case over a closer-looking one', () => {
    expect(compareTyped('Config_Path', ['config_pat', 'config_path']).expected).toBe('config_path');
  });

  it('counts as right every command the quiz accepts: aliases, flag order, quoting, long flag names', () => {
    const accept = ['ctr -n k8s.io images ls', 'ctr --namespace k8s.io image list'];
    for (const typed of ['ctr image ls -n k8s.io', "ctr --namespace='k8s.io' i list", 'sudo ctr -n "k8s.io" images list']) {
      expect(sameCommand(typed, accept)).toBe(true);
      const c = compareTyped(typed, accept);
      expect({ typed, result: c.result, sameCommand: c.sameCommand }).toEqual({ typed, result: 'right', sameCommand: true });
      expect(accept).toContain(c.expected);
    }
    expect(compareTyped('ctr plugin ls', ['ctr plugins ls']).result).toBe('right');
    // Case still matters, as in the quiz: a different program name is no alias.
    expect(compareTyped('CTR plugins ls', ['ctr plugins ls']).result).toBe('case-only');
    expect(compareTyped('ctr plugins ls', ['ctr plugins ls']).sameCommand).toBe(false);
  });

  it('treats an empty answer as no answer', () => {
    expect(compareTyped('   ', ['x']).result).toBe('empty');
  });
});
