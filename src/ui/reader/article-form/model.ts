/**
 * What the "Add an article" form works with: the fields a reader fills in, the reviewer's link
 * changes, and an article as stored on this device. Pure helpers; no DOM.
 */
import type { ArticleMeta, PublishedArticle } from '../../../types.js';
import type { LinkOverride } from '../../../text/link-overrides.js';

/** The form's fields, as typed. */
export interface ArticleFields {
  outlet: string;
  headline: string;
  /** `YYYY-MM-DD`, as an `<input type="date">` gives it. */
  date: string;
  url: string;
  text: string;
}

/** The field names, in the form's order. */
export const FIELD_NAMES = ['outlet', 'headline', 'date', 'url', 'text'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** A reviewer's link change, with the sentence's text so a file can name it. */
export interface ReviewedOverride extends LinkOverride {
  /** The sentence's text (the downloaded file writes its opening words). */
  sentenceText: string;
}

/** An article added on this device: what the reviewer accepted, and how to write it back. */
export interface StoredArticle {
  id: string;
  /** The article as shown on the map: sentences and links after the review. */
  article: PublishedArticle;
  /** The reviewer's changes to the linker's links (kept for the downloaded file). */
  overrides: ReviewedOverride[];
  /** When it was added (ISO time). */
  addedAt: string;
}

/** Lone UTF-16 surrogates (which no file can hold) become U+FFFD, as a UTF-8 file would. */
export function wellFormed(text: string): string {
  return text.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu,
    '\ufffd',
  );
}

/**
 * The body as `npm run data` reads it back from the file: no byte-order mark, `\n` line
 * endings, no blank lines before or after (see `parseArticle`).
 */
export function normaliseBody(text: string): string {
  const lines = wellFormed(text)
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n');
  let first = 0;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first++;
  let last = lines.length - 1;
  while (last >= first && (lines[last] ?? '').trim() === '') last--;
  return lines.slice(first, last + 1).join('\n');
}

/** A one-line field as the file will hold it: trimmed, line breaks as spaces. */
export function oneLine(text: string): string {
  return wellFormed(text)
    .replace(/\s*[\r\n]+\s*/gu, ' ')
    .trim();
}

/** A file id from the date and headline (`2018-09-17-russia-and-turkey-agree`), unique in `taken`. */
export function articleId(fields: ArticleFields, taken: (id: string) => boolean): string {
  const slug = oneLine(fields.headline)
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40)
    .replace(/-+$/u, '');
  const base = `${fields.date}-${slug || 'article'}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** The front matter of an added article. */
export function articleMeta(fields: ArticleFields, id: string, today: string): ArticleMeta {
  const outlet = oneLine(fields.outlet);
  return {
    id,
    outlet,
    originalOutlet: outlet,
    headline: oneLine(fields.headline),
    date: fields.date,
    dateInferred: false,
    url: oneLine(fields.url),
    language: 'en',
    inferred: [],
    notes: `Added with the map's "Add an article" form on ${today}; links reviewed in the browser.`,
  };
}

/** Today's date in the reader's time zone, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
