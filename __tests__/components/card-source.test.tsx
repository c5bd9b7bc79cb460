import { render, screen } from '@testing-library/react';

import { CardSource } from '@/components/card-source';

const card = (versions: string[]) => ({
  source: 'containerd/containerd/docs/hosts.md',
  sourceUrl: 'https://github.com/containerd/containerd/blob/main/docs/hosts.md',
  versions,
});

describe('CardSource', () => {
  it.each([
    [[], 'containerd all versions'],
    [['2.0+'], 'containerd 2.0 and later'],
    [['1.6.25+', '1.7.9+', '2.0+'], 'containerd 1.6.25+ on 1.6, 1.7.9+ on 1.7, and 2.0 and later'],
    [['<2.1'], 'containerd before 2.1'],
    [['history'], 'Historical, not tied to a version'],
  ])('says %j as “%s”', (versions, words) => {
    render(<CardSource card={card(versions)} />);
    expect(screen.getByText(words)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'containerd/containerd/docs/hosts.md' })).toBeInTheDocument();
  });
});
