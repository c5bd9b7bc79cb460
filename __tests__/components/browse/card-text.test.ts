import { dueLabel, excerpt } from '@/components/browse/card-text';
import type { SchedState } from '@/lib/srs';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const sched = (phase: SchedState['phase'], due: number) => ({ sched: { phase, due } as SchedState });

describe('excerpt', () => {
  it('drops Markdown marks, link targets and cloze contents, and shortens long prompts', () => {
    expect(excerpt('Which **shim** runs `io.containerd.runc.v2`?')).toBe('Which shim runs io.containerd.runc.v2?');
    expect(excerpt('Root is {{/var/lib/containerd}}; see [the docs](https://example.com).')).toBe('Root is […]; see the docs.');
    const long = excerpt('word '.repeat(60));
    expect(long).toHaveLength(140);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('dueLabel', () => {
  it('says when a card is due the way a learner reads it', () => {
    expect(dueLabel(sched('new', 3), NOW)).toBe('not studied yet');
    expect(dueLabel(sched('learning', NOW - 1), NOW)).toBe('due now');
    expect(dueLabel(sched('learning', NOW + 10 * 60_000), NOW)).toBe('due in 10m');
    expect(dueLabel(sched('review', NOW + 5 * 86_400_000), NOW)).toMatch(/^due (?!in )(?!.*2026)/);
    expect(dueLabel(sched('review', Date.UTC(2028, 0, 5, 12)), NOW)).toMatch(/2028/);
  });
});
