/**
 * The front-matter field `links:` of an article file: the reviewer's changes to the linker's
 * links (see geodata/articles/README.md). Each entry names a sentence by its number and its
 * opening words, and a feature to `add` or `remove`. A bad entry stops the build at its line.
 */
import type { LinkTarget } from '../../text/link-rules.js';
import type { LinkOverride } from '../../text/link-overrides.js';
import { segmentSentences } from '../../text/segment.js';
import { DataError } from '../errors.js';
import type { YamlWithLines } from './yaml-lines.js';

/** A checked override and the line of the file it stands on. */
export interface FileLinkOverride extends LinkOverride {
  line: number;
}

const FIX =
  'write e.g. links: [{ sentence: 3, text: "Turkish troops will", remove: dmz-15km }] (sentence numbers count from 1)';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks `links:` against the article body and finds each entry's sentence: the sentence with
 * that number when it starts with `text`, else the one sentence that does.
 */
export function parseLinkOverrides(
  value: unknown,
  body: string,
  language: string,
  file: string,
  lineOf: (index: number | null) => number,
): FileLinkOverride[] {
  if (!Array.isArray(value))
    throw new DataError(file, lineOf(null), '"links" must be a list of link changes', FIX);
  const sentences = segmentSentences(body, language).map((s) => body.slice(s.start, s.end));
  return value.map((entry: unknown, i) => {
    const line = lineOf(i);
    const fail = (problem: string): never => {
      throw new DataError(file, line, `links entry ${i + 1}: ${problem}`, FIX);
    };
    if (!isRecord(entry)) return fail('is not a mapping');
    const unknown = Object.keys(entry).find(
      (k) => !['sentence', 'text', 'add', 'remove'].includes(k),
    );
    if (unknown !== undefined) fail(`unknown key "${unknown}"`);
    const { sentence, text, add, remove } = entry;
    if (typeof sentence !== 'number' || !Number.isInteger(sentence) || sentence < 1)
      fail('"sentence" must be a sentence number (1 for the first)');
    if (typeof text !== 'string' || text.trim() === '')
      fail('"text" must be the opening words of the sentence');
    const feature = add ?? remove;
    if ((add === undefined) === (remove === undefined) || typeof feature !== 'string' || !feature)
      fail('give exactly one of "add" or "remove", with a feature id');
    const opening = text as string;
    let index = (sentence as number) - 1;
    if (!sentences[index]?.startsWith(opening)) {
      const found = sentences.flatMap((s, j) => (s.startsWith(opening) ? [j] : []));
      if (found.length !== 1)
        fail(
          `sentence ${String(sentence)} does not start with "${opening}"${found.length ? `, and ${found.length} sentences do` : ', nor does any other'}`,
        );
      index = found[0] ?? index;
    }
    return { sentenceIndex: index, featureId: feature as string, add: add !== undefined, line };
  });
}

/** Stops the build at a `links:` entry that names no feature of the map. */
export function checkOverrideTargets(
  articles: readonly { file: string; links?: readonly FileLinkOverride[] }[],
  targets: readonly LinkTarget[],
): void {
  const known = new Set(targets.map((t) => t.id));
  for (const article of articles) {
    for (const link of article.links ?? []) {
      if (!known.has(link.featureId))
        throw new DataError(
          article.file,
          link.line,
          `"${link.featureId}" is not a feature`,
          `use an id of a published feature (${[...known].slice(0, 6).join(', ')}, …)`,
        );
    }
  }
}

/** The `links:` of an article's parsed front matter, checked; `undefined` when it has none. */
export function overridesOf(
  yaml: YamlWithLines,
  body: string,
  language: string,
  file: string,
): FileLinkOverride[] | undefined {
  const value = (yaml.data as Record<string, unknown>)['links'];
  if (value === undefined) return undefined;
  return parseLinkOverrides(value, body, language, file, (i) =>
    yaml.lineOf(i === null ? ['links'] : ['links', i]),
  );
}
