/**
 * Reads `geodata/articles/*.md`: YAML front matter (the article's metadata) and the body.
 * Any malformed file stops the build with `file:line` and the fix.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '../../types.js';
import type { ArticleSource } from '../../text/quote-index.js';
import { decodeUtf8 } from '../decode-utf8.js';
import { DataError } from '../errors.js';
import { parseYamlWithLines } from './yaml-lines.js';
import { overridesOf, type FileLinkOverride } from './link-overrides.js';

/** Front-matter fields every article needs. */
const REQUIRED = [
  'id',
  'outlet',
  'originalOutlet',
  'headline',
  'date',
  'dateInferred',
  'url',
  'language',
] as const;
/** Optional front-matter fields. */
const OPTIONAL = ['inferred', 'raw', 'notes', 'links'] as const;
const EXAMPLE = `---
id: "005"
outlet: Reuters
originalOutlet: Reuters
headline: "Russia and Turkey agree Idlib buffer zone"
date: 2018-09-17
dateInferred: false
url: https://www.reuters.com/…
language: en
---`;

/** An article file read and checked. */
export interface LoadedArticle extends ArticleSource {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** The reviewer's link changes (`links:`), when the front matter has them. */
  links?: FileLinkOverride[];
}

function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Checks front matter fields; returns the metadata. */
function checkMeta(data: unknown, file: string, lineOf: (key: string) => number): ArticleMeta {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DataError(
      file,
      1,
      'the front matter is not a YAML mapping',
      `write "key: value" lines, e.g.\n${EXAMPLE}`,
    );
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (![...REQUIRED, ...OPTIONAL].includes(key as never)) {
      throw new DataError(
        file,
        lineOf(key),
        `unknown front-matter field "${key}"`,
        `remove it or use one of ${[...REQUIRED, ...OPTIONAL].join(', ')}`,
      );
    }
  }
  for (const key of REQUIRED) {
    if (!(key in record))
      throw new DataError(
        file,
        1,
        `front-matter field "${key}" is missing`,
        `add "${key}:" to the front matter, e.g.\n${EXAMPLE}`,
      );
  }
  const text = (key: (typeof REQUIRED)[number], allowEmpty = false): string => {
    const value = record[key];
    if (typeof value === 'number' && key === 'id') return String(value);
    if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
      throw new DataError(
        file,
        lineOf(key),
        `"${key}" must be a non-empty text`,
        `write ${key}: "…" (quote it if it contains ": ")`,
      );
    }
    return value;
  };
  const id = text('id');
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/u.test(id)) {
    throw new DataError(
      file,
      lineOf('id'),
      `id "${id}" is not a simple name`,
      'use letters, digits, "-" and "_" only, e.g. id: "005"',
    );
  }
  const date = record.date instanceof Date ? record.date.toISOString().slice(0, 10) : text('date');
  if (!isValidDate(date)) {
    throw new DataError(
      file,
      lineOf('date'),
      `date "${date}" is not an ISO 8601 calendar date`,
      'write date: YYYY-MM-DD, e.g. date: 2018-09-17',
    );
  }
  if (typeof record.dateInferred !== 'boolean') {
    throw new DataError(
      file,
      lineOf('dateInferred'),
      '"dateInferred" must be true or false',
      'write dateInferred: true when the date was reasoned from the text, else false',
    );
  }
  const url = text('url', true);
  if (url !== '' && !/^https?:\/\/[^\s]+$/u.test(url)) {
    throw new DataError(
      file,
      lineOf('url'),
      `url "${url}" is not an http(s) address`,
      'write the full address starting with https://, or url: "" when none is known',
    );
  }
  const language = text('language');
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(language)) {
    throw new DataError(
      file,
      lineOf('language'),
      `language "${language}" is not a BCP 47 tag`,
      'write e.g. language: en',
    );
  }
  const inferred = record.inferred ?? [];
  if (
    !Array.isArray(inferred) ||
    !inferred.every((f) => typeof f === 'string' && (REQUIRED as readonly string[]).includes(f))
  ) {
    throw new DataError(
      file,
      lineOf('inferred'),
      '"inferred" must list front-matter field names',
      'write e.g. inferred: [originalOutlet, date]',
    );
  }
  for (const key of ['raw', 'notes'] as const) {
    if (key in record && typeof record[key] !== 'string') {
      throw new DataError(file, lineOf(key), `"${key}" must be a text`, `write ${key}: "…"`);
    }
  }
  const meta: ArticleMeta = {
    id,
    outlet: text('outlet'),
    originalOutlet: text('originalOutlet'),
    headline: text('headline'),
    date,
    dateInferred: record.dateInferred,
    url,
    language,
    // An inferred date is an inferred field, whether or not `inferred` lists it.
    inferred: [...new Set([...(inferred as string[]), ...(record.dateInferred ? ['date'] : [])])],
  };
  for (const key of ['headline', 'outlet'] as const)
    rejectCurlyQuotes(meta[key], key, file, lineOf);
  if (typeof record.raw === 'string') meta.raw = record.raw;
  if (typeof record.notes === 'string') meta.notes = record.notes;
  return meta;
}

/** Opening and closing typographic quotes that an editor may put round a value. */
const CURLY_OPEN = /^[\u201C\u2018\u201E\u00AB]/u;
const CURLY_CLOSE = /[\u201D\u2019\u201C\u00BB]$/u;

/** A value wrapped in curly quotes (“…”) was meant to be quoted YAML; stop at its line. */
function rejectCurlyQuotes(
  value: string,
  key: string,
  file: string,
  lineOf: (key: string) => number,
): void {
  const trimmed = value.trim();
  if (!CURLY_OPEN.test(trimmed) || !CURLY_CLOSE.test(trimmed)) return;
  throw new DataError(
    file,
    lineOf(key),
    `"${key}" is wrapped in curly quotes: ${trimmed}`,
    `use straight quotes: ${key}: "${trimmed.slice(1, -1)}"`,
  );
}

/**
 * Parses one article file's text.
 *
 * @param text - The file's contents, decoded.
 * @param file - Its path relative to the project root, for errors.
 */
export function parseArticle(text: string, file: string): LoadedArticle {
  const source = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') {
    throw new DataError(
      file,
      1,
      'the file does not start with front matter',
      `start it with a "---" line, the fields, and another "---" line:\n${EXAMPLE}`,
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close < 0)
    throw new DataError(
      file,
      lines.length,
      'the front matter is not closed',
      'add a "---" line after the last field',
    );
  const yaml = parseYamlWithLines(lines.slice(1, close).join('\n'), file, 2);
  const meta = checkMeta(yaml.data, file, (key) => yaml.lineOf([key]));
  let first = close + 1;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first++;
  let last = lines.length - 1;
  while (last >= first && (lines[last] ?? '').trim() === '') last--;
  if (last < first)
    throw new DataError(
      file,
      close + 2,
      'the article body is empty',
      'paste the article text below the closing "---" line',
    );
  const body = lines.slice(first, last + 1).join('\n');
  const article: LoadedArticle = { meta, body, file, bodyLine: first + 1 };
  const links = overridesOf(yaml, body, meta.language, file);
  if (links) article.links = links;
  return article;
}

/** True for an article file name (`*.md` other than README.md and dotfiles). */
export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  // Dotfiles are editors' lock and backup files, not articles.
  return lower.endsWith('.md') && lower !== 'readme.md' && !lower.startsWith('.');
}

/**
 * Stops the build at a file in the articles folder that is not an article, README.md, a dotfile
 * or the `raw/` folder (e.g. `005.md.txt`, which would otherwise be skipped without a word).
 */
function rejectStrayFile(dir: string, relDir: string, name: string): void {
  if (isArticleFile(name) || name.startsWith('.') || name.toLowerCase() === 'readme.md') return;
  if (name === 'raw' && statSync(join(dir, name)).isDirectory()) return;
  const md = /^(.*\.md)\.[^.]+$/iu.exec(name)?.[1];
  throw new DataError(
    `${relDir}/${name}`,
    0,
    'not an article: only *.md files, README.md and raw/ belong here',
    md ? `rename it to ${md}` : `rename it to <id>.md, or move it out of ${relDir}`,
  );
}

/**
 * Reads every article in `dir` (shown as `relDir` in errors), ordered by id. Two files with
 * one id stop the build.
 */
export function loadArticles(dir: string, relDir: string): LoadedArticle[] {
  const articles: LoadedArticle[] = [];
  const seen = new Map<string, string>();
  const names = readdirSync(dir);
  for (const name of names) rejectStrayFile(dir, relDir, name);
  for (const name of names.filter(isArticleFile).sort()) {
    const file = `${relDir}/${name}`;
    const article = parseArticle(decodeUtf8(readFileSync(join(dir, name)), file), file);
    const previous = seen.get(article.meta.id);
    if (previous) {
      const line = article.body ? lineOfKey(readFileSync(join(dir, name), 'utf8'), 'id') : 1;
      throw new DataError(
        file,
        line,
        `id "${article.meta.id}" is already used by ${previous}`,
        'give this article a new id (and name the file <id>.md)',
      );
    }
    seen.set(article.meta.id, file);
    articles.push(article);
  }
  return articles.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
}

/** 1-based line of the first `key:` line of a text, or 1. */
function lineOfKey(text: string, key: string): number {
  const index = text.split(/\r?\n/u).findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}
