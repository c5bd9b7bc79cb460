import { counted } from '@/components/stats/format';

it('writes a count with its noun, singular only for one, with thousands separated', () => {
  expect(counted(1, 'day')).toBe('1 day');
  expect(counted(0, 'day')).toBe('0 days');
  expect(counted(2, 'review')).toBe('2 reviews');
  expect(counted(10_000, 'review')).toBe('10,000 reviews');
  expect(counted(1, 'entry', 'entries')).toBe('1 entry');
  expect(counted(3, 'entry', 'entries')).toBe('3 entries');
});
