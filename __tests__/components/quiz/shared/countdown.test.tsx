// The answering timer: visible every second, announced to screen readers only at milestones.
import { act, render, screen } from '@testing-library/react';

import { Countdown, milestoneText } from '@/components/quiz/shared/countdown';

describe('countdown', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('counts down every second but announces only the milestones, politely', () => {
    render(<Countdown deadline={Date.now() + 20_000} totalSeconds={20} />);
    const region = screen.getByText('20 seconds to answer.');
    expect(region).toHaveAttribute('aria-live', 'polite');
    const shown = new Set<string>();
    const announced: string[] = [];
    for (let s = 0; s <= 21; s++) {
      shown.add(screen.getByRole('timer').textContent ?? '');
      if (announced.at(-1) !== region.textContent) announced.push(region.textContent ?? '');
      act(() => jest.advanceTimersByTime(1000));
    }
    expect(shown.size).toBe(21);
    expect(announced).toEqual(['20 seconds to answer.', '10 seconds left.', '5 seconds left.', 'Time is up.']);
    expect(screen.getByRole('timer')).toHaveAccessibleName('0 seconds left');
  });

  it('skips milestones a short question never reaches', () => {
    expect(milestoneText(8, 8)).toBe('8 seconds to answer.');
    expect(milestoneText(5, 8)).toBe('5 seconds left.');
    expect(milestoneText(10, 10)).toBe('10 seconds to answer.');
  });
});
