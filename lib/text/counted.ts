// Numbers with their nouns, as every screen and message writes them: "1 card", "1,204 cards".

/** A whole number grouped the way the app writes numbers: "1,204". */
export const count = (n: number): string => n.toLocaleString('en-US');

/** A count with its noun, singular for one: "1 day", "2 days", "3 questions are". */
export const counted = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;

/** A count that stops past `most` (a study queue's): a larger number reads "1,000+". */
export const countAtMost = (n: number, most: number): string => (n > most ? `${count(most)}+` : count(n));

/** The same with its noun: "1,000+ cards", "3 cards". */
export const countedAtMost = (n: number, most: number, one: string, many = `${one}s`): string =>
  `${countAtMost(n, most)} ${n === 1 ? one : many}`;
