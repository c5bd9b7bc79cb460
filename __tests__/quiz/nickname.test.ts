/**
 * @jest-environment node
 */
import { checkNickname, NICKNAME_ERRORS, NICKNAME_MAX, nicknameKeys, normalizeNickname, sameNickname, skeleton } from '@/lib/quiz';

const keys = (name: string) => nicknameKeys(normalizeNickname(name) ?? '');
const same = (a: string, b: string) => sameNickname(keys(a), keys(b));

describe('nicknames', () => {
  it.each([
    ['Ana', 'Ana'],
    ['  Ana   Bo  ', 'Ana Bo'],
    ['Ana\tBo', 'Ana Bo'],
    ['Ｆｕｌｌ', 'Full'],
    ['ﬁsh', 'fish'],
    ['😀 smile', '😀 smile'],
    ['👩‍💻 dev', '👩‍💻 dev'],
    ['❤️', '❤️'],
    ['José', 'José'],
    ['Zoë', 'Zoë'],
    ['می‌خواهم', 'می‌خواهم'],
    ['x'.repeat(NICKNAME_MAX), 'x'.repeat(NICKNAME_MAX)],
  ])('cleans %j to %j', (raw, clean) => {
    expect(normalizeNickname(raw)).toBe(clean);
  });

  it.each([
    ['', NICKNAME_ERRORS.length],
    ['   ', NICKNAME_ERRORS.length],
    ['x'.repeat(NICKNAME_MAX + 1), NICKNAME_ERRORS.length],
    ['An\u200Ba', NICKNAME_ERRORS.invisible],
    ['A\u202Ena', NICKNAME_ERRORS.invisible],
    ['Ana\u0000', NICKNAME_ERRORS.invisible],
    ['\u0007', NICKNAME_ERRORS.invisible],
    ['\u200B\u200D', NICKNAME_ERRORS.invisible],
    ['\u3164', NICKNAME_ERRORS.invisible],
    ['\u3164\u3164Ana', NICKNAME_ERRORS.invisible],
    ['a\u17B4\u17B5', NICKNAME_ERRORS.invisible],
    ['Ana\u00AD', NICKNAME_ERRORS.invisible],
    ['a\u200Db', NICKNAME_ERRORS.invisible],
    ['Ana\uFE01', NICKNAME_ERRORS.invisible],
    ['Ana\u{E0041}', NICKNAME_ERRORS.invisible],
    ['\u0301\u0301\u0301', NICKNAME_ERRORS.marks],
    ['\u0301Ana', NICKNAME_ERRORS.marks],
    ['Ana \u0301', NICKNAME_ERRORS.marks],
    ['Z\u0301\u0302\u0303\u0304\u0305\u0306', NICKNAME_ERRORS.marks],
    ['\uE000Ana', NICKNAME_ERRORS.unpaired],
    ['\u{F0000}', NICKNAME_ERRORS.unpaired],
    ['Ana\uD800', NICKNAME_ERRORS.unpaired],
    ['\uDC00Ana', NICKNAME_ERRORS.unpaired],
    ['Ana\uFFFF', NICKNAME_ERRORS.unpaired],
  ])('refuses %j', (raw, error) => {
    expect(checkNickname(raw)).toEqual({ ok: false, error });
    expect(normalizeNickname(raw)).toBeUndefined();
  });

  it('treats case variants as one name', () => {
    expect(same('Ana', 'ANA')).toBe(true);
    expect(same('Ivan', 'ivan')).toBe(true);
  });

  it.each([
    ['alice', 'аlice' /* Cyrillic а */],
    ['alice', 'AIice' /* capital I */],
    ['alice', 'ALICE'],
    ['paypal', 'рaураl' /* Cyrillic р, у */],
    ['Bob', 'Βοb' /* Greek capital beta, small omicron */],
    ['mario', 'rnario'],
    ['l33t', '133t'],
    ['Olga', '0lga'],
    ['Ana', 'Ａｎａ'],
  ])('%j and %j are the same name', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it.each([
    ['alice', 'alicia'],
    ['ivan', 'lvan'],
    ['José', 'Jose'],
    ['Ana', 'Anna'],
  ])('%j and %j are different names', (a, b) => {
    expect(same(a, b)).toBe(false);
  });

  it('builds a TR39 skeleton: NFD, prototypes, NFD', () => {
    expect(skeleton('аlісе')).toBe('alice');
    expect(skeleton('é')).toBe('e\u0301');
    expect(skeleton('ё')).toBe('e\u0308');
  });
});
