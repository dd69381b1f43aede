/**
 * Text normalisation for alias matching, with a map back to the original offsets so every
 * match can be reported as an exact span of the source text. Pure; usable in the browser.
 */

/** Hyphens and dashes: ignorable inside a name ("de-militarised" = "demilitarised"), but a word boundary too ("Idlib-based"). */
export const HYPHENS = new Set([
  '-',
  '\u00ad',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2212',
  '\ufe63',
  '\uff0d',
]);
/** Apostrophes and the Arabic transliteration marks (ʿayn, hamza): "Hay’at" = "Hayat" = "Hay'at". */
export const APOSTROPHES = new Set([
  "'",
  '`',
  '\u00b4',
  '\u2018',
  '\u2019',
  '\u201b',
  '\u2032',
  '\u02b9',
  '\u02bb',
  '\u02bc',
  '\u02bd',
  '\u02be',
  '\u02bf',
  '\uff07',
]);
const COMBINING_MARK = /\p{M}/gu;
const WHITESPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Text folded for matching, with the way back to the original. */
export interface NormalisedText {
  /**
   * The folded text: case folded, diacritics stripped, whitespace, hyphens and apostrophes
   * removed (each removal leaves a word boundary, see {@link boundaryBefore}).
   */
  text: string;
  /** `offsets[i]` is the original offset of `text[i]`; `offsets[text.length]` is the end of the last source character. */
  offsets: Int32Array;
  /** `boundaryBefore[i]` is 1 when whitespace, a hyphen or an apostrophe was removed just before `text[i]` (index `text.length` too). */
  boundaryBefore: Uint8Array;
}

/** Folds one code point: NFKD, drop combining marks, lower case. Arabic harakat are marks, so they go too. */
export function foldCodePoint(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  return char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase().normalize('NFC');
}

/** True for a letter or digit of any script. */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  }
  return WORD_CHAR.test(char);
}

/**
 * Folds `source` for matching. Two strings that differ only in case, diacritics, whitespace,
 * hyphens or apostrophes fold to the same text.
 *
 * @param source - Any text, e.g. an article body or an alias.
 */
export function normaliseForMatch(source: string): NormalisedText {
  const chars: string[] = [];
  const offsets: number[] = [];
  const boundaries: number[] = [];
  let pendingBoundary = false;
  let index = 0;
  for (const char of source) {
    const start = index;
    index += char.length;
    const code = char.charCodeAt(0);
    const ignorable =
      code < 0x80
        ? code <= 32 || code === 45 || code === 39 || code === 96
        : WHITESPACE.test(char) || HYPHENS.has(char) || APOSTROPHES.has(char);
    if (ignorable) {
      pendingBoundary = true;
      continue;
    }
    const folded = foldCodePoint(char);
    // One entry per UTF-16 unit, so indexes into `text` index the maps too.
    for (let k = 0; k < folded.length; k++) {
      offsets.push(start);
      boundaries.push(pendingBoundary ? 1 : 0);
      pendingBoundary = false;
    }
    chars.push(folded);
  }
  // The end offset of the last kept character, so a match ending there maps to its end.
  const ends = new Int32Array(offsets.length + 1);
  ends.set(offsets);
  ends[offsets.length] = source.length;
  const boundaryBefore = new Uint8Array(offsets.length + 1);
  boundaryBefore.set(boundaries);
  boundaryBefore[offsets.length] = 1;
  return { text: chars.join(''), offsets: ends, boundaryBefore };
}

/** Original end offset (exclusive) of a match that ends just before folded index `end`. */
export function originalEnd(norm: NormalisedText, source: string, end: number): number {
  if (end <= 0) return 0;
  const last = norm.offsets[end - 1] ?? 0;
  const code = source.codePointAt(last) ?? 0;
  return last + (code > 0xffff ? 2 : 1);
}

/** Folds an alias to the key the matcher compares: {@link normaliseForMatch} without the maps. */
export function foldAlias(alias: string): string {
  // Printable ASCII folds by lower-casing and dropping spaces, hyphens and apostrophes.
  if (/^[\x20-\x7e]*$/u.test(alias)) return alias.toLowerCase().replace(/[ '`-]/gu, '');
  return normaliseForMatch(alias).text;
}
