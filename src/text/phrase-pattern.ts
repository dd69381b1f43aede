/**
 * Small helpers the context rules share to build their patterns from the phrases of
 * `geodata/feature-aliases.yaml`, and to read counts. Pure; usable in the browser.
 */

const escape = (phrase: string): string =>
  phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');

/** The phrases as one regular-expression alternation, longest first, spaces matching any run. */
export const alternatives = (phrases: readonly string[]): string =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Counts written as words, as the news write counts of posts. */
const COUNT_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozens: 24,
  hundreds: 200,
};

/** The number a word writes ("12", "Fifteen"), or undefined when it is no count. */
export function countOf(word: string): number | undefined {
  const folded = word.toLowerCase();
  return /^\d+$/u.test(folded) ? Number(folded) : COUNT_WORDS[folded];
}
