/**
 * Writes an added article as a `geodata/articles/<id>.md` file that `npm run data` accepts
 * unchanged and links the same way: the front matter, the reviewer's link changes as `links:`
 * (see geodata/articles/README.md) and the body, verbatim.
 */
import type { StoredArticle } from './model.js';

/** Characters written as `\uXXXX` escapes: not printable in YAML, or able to reorder text. */
const ESCAPED =
  /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/gu;

/** A YAML double-quoted scalar (JSON's escapes are YAML's too). */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(
    ESCAPED,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** How much of a sentence `links:` quotes to name it. */
const OPENING = 60;

/** The opening words of a sentence, cut at a character (never inside a surrogate pair). */
export function opening(sentence: string): string {
  const chars = [...sentence];
  return chars.length <= OPENING ? sentence : chars.slice(0, OPENING).join('');
}

/** The article file's text. */
export function toMarkdown(stored: StoredArticle): string {
  const { meta, body } = stored.article;
  const lines = [
    '---',
    `id: ${yamlString(meta.id)}`,
    `outlet: ${yamlString(meta.outlet)}`,
    `originalOutlet: ${yamlString(meta.originalOutlet)}`,
    `headline: ${yamlString(meta.headline)}`,
    `date: ${yamlString(meta.date)}`,
    `dateInferred: ${String(meta.dateInferred)}`,
    `url: ${yamlString(meta.url)}`,
    `language: ${yamlString(meta.language)}`,
  ];
  if (meta.notes) lines.push(`notes: ${yamlString(meta.notes)}`);
  if (stored.overrides.length) {
    lines.push('links:');
    for (const o of stored.overrides) {
      const change = `${o.add ? 'add' : 'remove'}: ${yamlString(o.featureId)}`;
      lines.push(
        `  - { sentence: ${o.sentenceIndex + 1}, text: ${yamlString(opening(o.sentenceText))}, ${change} }`,
      );
    }
  }
  lines.push('---', body, '');
  return lines.join('\n');
}

/** The file name `npm run data` expects: `<id>.md`. */
export function fileName(stored: StoredArticle): string {
  return `${stored.id}.md`;
}
