import { render } from '@testing-library/react';

import { Markdown } from '@/components/markdown';

describe('card Markdown is rendered safely', () => {
  it('renders code blocks and emphasis', () => {
    const { container } = render(<Markdown text={'Run **this**:\n\n```sh\nctr plugins ls\n```'} />);
    expect(container.querySelector('strong')?.textContent).toBe('this');
    expect(container.querySelector('pre code')?.textContent).toBe('ctr plugins ls\n');
  });

  it('strips script, event handlers and javascript: links', () => {
    const evil = [
      '<script>window.__pwned = 1</script>',
      '<img src="x" onerror="window.__pwned = 2">',
      '[click](javascript:window.__pwned=3)',
      '<a href="javascript:alert(1)">raw</a>',
      '<iframe src="https://example.com"></iframe>',
    ].join('\n\n');
    const { container } = render(<Markdown text={evil} />);
    expect(container.querySelector('script, iframe')).toBeNull();
    expect(container.querySelector('img')?.getAttribute('onerror')).toBeNull();
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('opens links in a new tab without an opener', () => {
    const { container } = render(<Markdown text="[docs](https://github.com/containerd/containerd)" />);
    const a = container.querySelector('a')!;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
