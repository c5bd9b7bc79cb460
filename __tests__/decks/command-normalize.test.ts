import { normalizeCommand, sameCommand, shellWords } from '@/lib/decks/command-normalize';

describe('normalizeCommand', () => {
  it('splits words like a shell: quotes, escapes and whitespace', () => {
    expect(shellWords(`ctr  run "a b" 'c d' e\\ f`)).toEqual(['ctr', 'run', 'a b', 'c d', 'e f']);
  });

  it.each([
    ['ctr plugins ls', 'ctr plugin list'],
    ['ctr -n k8s.io images ls', 'ctr image list --namespace=k8s.io'],
    ['ctr --namespace k8s.io c ls', 'ctr containers list -n k8s.io'],
    ['sudo ctr t rm web', '$ ctr tasks delete web'],
    ['`ctr i ls -q`', 'ctr images list --quiet'],
    ['nerdctl ps -a', 'nerdctl container ls --all'],
    ['nerdctl rmi nginx', 'nerdctl image remove nginx'],
    ['crictl ps -aq', 'crictl ps -q -a'],
    ["ctr run --rm docker.io/library/alpine:latest 'demo'", 'ctr run docker.io/library/alpine:latest demo --rm'],
  ])('%s = %s', (a, b) => {
    expect(normalizeCommand(a)).toBe(normalizeCommand(b));
  });

  it.each([
    ['ctr images ls', 'ctr containers ls'],
    ['ctr run alpine demo', 'ctr run demo alpine'],
    ['ctr -n k8s.io images ls', 'ctr -n default images ls'],
    ['crictl ps', 'crictl pods'],
  ])('%s ≠ %s', (a, b) => {
    expect(normalizeCommand(a)).not.toBe(normalizeCommand(b));
  });

  it('matches against accepted forms and refuses an empty answer', () => {
    expect(sameCommand('ctr plugin ls', ['ctr plugins list'])).toBe(true);
    expect(sameCommand('ctr plugins ls -d', ['ctr plugins list'])).toBe(false);
    expect(sameCommand('   ', [''])).toBe(false);
  });

  it('keeps other commands as typed, with whitespace and quoting evened out', () => {
    expect(normalizeCommand(`  systemctl   restart "containerd" `)).toBe('systemctl restart containerd');
  });
});
