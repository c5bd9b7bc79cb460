/**
 * @jest-environment node
 */
import { nicknameKey, normalizeNickname } from '@/lib/quiz';

describe('nicknames', () => {
  it.each([
    ['Ana', 'Ana'],
    ['  Ana   Bo  ', 'Ana Bo'],
    ['Ｆｕｌｌ', 'Full'],
    ['An\u200Ba', 'Ana'],
    ['A\u202Ena', 'Ana'],
    ['\uFEFFAna\u0000', 'Ana'],
    ['ﬁsh', 'fish'],
    ['😀 smile', '😀 smile'],
    ['x'.repeat(20), 'x'.repeat(20)],
  ])('cleans %j to %j', (raw, clean) => {
    expect(normalizeNickname(raw)).toBe(clean);
  });

  it.each(['', '   ', '\u200B\u200D', '\u3164', 'x'.repeat(21), '\u0007'])('refuses %j', (raw) => {
    expect(normalizeNickname(raw)).toBeUndefined();
  });

  it('treats case variants as one name', () => {
    expect(nicknameKey('Ana')).toBe(nicknameKey('ANA'));
  });
});
