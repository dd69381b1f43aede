/** Text helpers for the reader: search matching, dates, and inert display of hostile text. */

/** Bidirectional embedding, override and isolate controls (U+202A–202E, U+2066–2069). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text safe to show literally: bidi controls, which could reorder what a reader sees,
 * are replaced by a visible code (e.g. `[U+202E]`). Everything else is left as it is; the
 * text goes into the page as a text node, so markup in it stays literal text.
 */
export function inertText(text: string): string {
  return text.replace(
    BIDI_CONTROLS,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

/**
 * Folds a name for searching: lower case, Latin diacritics and Arabic vowel marks removed,
 * apostrophe-like marks and hyphens dropped, alef and ya variants unified, so "Ḩamāh"
 * matches "hamah" and "إدلب" matches "ادلب".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .toLowerCase()
    .replace(/[\u0622\u0623\u0625]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/[''ʿʾ`´\u2018\u2019-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Formats an ISO date (YYYY-MM-DD) as "17 Sep 2018"; returns the input when it is not one. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const month = months[Number(match[2]) - 1];
  if (!month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** "1 more quote" / "3 more quotes". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
