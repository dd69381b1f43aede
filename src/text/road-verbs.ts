/**
 * A road mention opened by a verb after a road noun: "the main highway in Idlib linking the
 * capital Damascus with Aleppo", "This road connects Latakia and Aleppo". The road noun may be
 * followed by up to three words (no punctuation but a comma before the verb); the places after
 * the verb decide which road it is (`roadLinks`). Pure; usable in the browser.
 */
import { alternatives } from './phrase-pattern.js';

/** The pattern of {@link roadVerbSpans}; undefined when there are no verbs. */
export function roadVerbPattern(
  roadNouns: readonly string[],
  roadVerbs: readonly string[],
): RegExp | undefined {
  if (roadVerbs.length === 0 || roadNouns.length === 0) return undefined;
  const word = "[\\p{L}\\p{N}'’-]+";
  return new RegExp(
    `(?<![\\p{L}])(?:${alternatives(roadNouns)})(?:\\s+${word}){0,3}?,?\\s+(${alternatives(roadVerbs)})(?![\\p{L}])`,
    'giu',
  );
}

/** The verbs' spans (offsets into `text`, from `offset`) that open a road mention. */
export function roadVerbSpans(
  pattern: RegExp | undefined,
  text: string,
  offset = 0,
): { start: number; end: number }[] {
  if (!pattern) return [];
  const out: { start: number; end: number }[] = [];
  for (const found of text.matchAll(pattern)) {
    const verb = found[1] ?? '';
    const end = offset + (found.index ?? 0) + found[0].length;
    out.push({ start: end - verb.length, end });
  }
  return out;
}
