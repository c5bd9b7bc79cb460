// A compact confusables table for nickname skeletons (Unicode TR39, "Confusable Detection").
//
// This is NOT the full confusables.txt (about 6,000 lines): it is the part that matters for
// nicknames typed on phones, namely the Cyrillic and Greek letters that render like Latin
// letters in common fonts, plus the Latin and digit look-alikes of confusables.txt itself
// (I, 1 and | → l; 0 → O; m → rn). Each entry maps to the prototype confusables.txt uses, so a
// skeleton built here is a skeleton of the real table for these characters. Mathematical
// alphanumerics, fullwidth and other compatibility forms need no entry: nicknames are NFKC first.
// Anything else (Armenian, Cherokee, IPA, …) is out of scope and compares as itself.

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  // Cyrillic capitals
  ['А', 'A'],
  ['В', 'B'],
  ['С', 'C'],
  ['Е', 'E'],
  ['Н', 'H'],
  ['І', 'l'],
  ['Ј', 'J'],
  ['К', 'K'],
  ['М', 'M'],
  ['О', 'O'],
  ['Р', 'P'],
  ['Ѕ', 'S'],
  ['Т', 'T'],
  ['Х', 'X'],
  ['Ү', 'Y'],
  ['Ӏ', 'l'],
  ['З', '3'],
  ['Ԛ', 'Q'],
  ['Ԝ', 'W'],
  // Cyrillic small letters
  ['а', 'a'],
  ['с', 'c'],
  ['ԁ', 'd'],
  ['е', 'e'],
  ['һ', 'h'],
  ['і', 'i'],
  ['ј', 'j'],
  ['о', 'o'],
  ['р', 'p'],
  ['ԛ', 'q'],
  ['ѕ', 's'],
  ['ԝ', 'w'],
  ['х', 'x'],
  ['у', 'y'],
  ['ӏ', 'l'],
  // Greek capitals
  ['Α', 'A'],
  ['Β', 'B'],
  ['Ε', 'E'],
  ['Ζ', 'Z'],
  ['Η', 'H'],
  ['Ι', 'l'],
  ['Κ', 'K'],
  ['Μ', 'M'],
  ['Ν', 'N'],
  ['Ο', 'O'],
  ['Ρ', 'P'],
  ['Τ', 'T'],
  ['Υ', 'Y'],
  ['Χ', 'X'],
  // Greek small letters
  ['α', 'a'],
  ['ι', 'i'],
  ['ν', 'v'],
  ['ο', 'o'],
  ['ρ', 'p'],
  ['σ', 'o'],
  ['υ', 'u'],
  ['ϲ', 'c'],
  // Latin and digits
  ['I', 'l'],
  ['1', 'l'],
  ['|', 'l'],
  ['ı', 'i'],
  ['0', 'O'],
  ['m', 'rn'],
];

export const CONFUSABLES: ReadonlyMap<string, string> = new Map(PAIRS);

/** Characters a skeleton ignores: joiners and variation selectors render as nothing by themselves. */
const IGNORABLE = /[\u200C\u200D\uFE00-\uFE0F]/gu;

/** TR39's skeleton over this table: NFD, map each character to its prototype, NFD again. */
export function skeleton(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD').replace(IGNORABLE, '')) out += CONFUSABLES.get(ch) ?? ch;
  return out.normalize('NFD');
}
