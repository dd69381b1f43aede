/**
 * A province's capital named by its role: "a military source in the Aleppo Governorate … from
 * the administrative capital" is Aleppo city. The phrase links the capital of the province that
 * the sentence names before it; with no province before it, the phrase keeps what its aliases
 * say ("the provincial capital" alone is Idlib's, in news about Idlib). Pure; usable in the
 * browser.
 */
import { alternatives } from './phrase-pattern.js';
import type { RuleMatch } from './post-rules.js';

/** The rule's phrases, optionally after "the" or a possessive's "'s", as one global pattern. */
export function capitalPattern(phrases: readonly string[]): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}])(?:the\\s+)?(?:${alternatives(phrases)})(?![\\p{L}])`, 'giu');
}

/**
 * The matches of one sentence with each capital phrase linked to the capital of the province
 * named before it in the sentence.
 *
 * @param capitalOf - Each province's capital, by feature id (`idlib-province: city-idlib`).
 * @param span - The sentence, as offsets into `body`.
 */
export function provincialCapitals(
  pattern: RegExp | undefined,
  capitalOf: Readonly<Record<string, string>>,
  body: string,
  span: { start: number; end: number },
  matches: RuleMatch[],
): RuleMatch[] {
  if (!pattern) return matches;
  let out = matches;
  for (const found of body.slice(span.start, span.end).matchAll(pattern)) {
    const start = span.start + (found.index ?? 0);
    const end = start + found[0].length;
    // Inside a longer name ("Idlib's provincial capital", "the provincial capital of Idlib").
    if (out.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end)))
      continue;
    const province = out
      .filter((m) => m.end <= start && m.entry.ids.length === 1)
      .reverse()
      .find((m) => capitalOf[m.entry.ids[0] ?? ''] !== undefined);
    const capital = capitalOf[province?.entry.ids[0] ?? ''];
    if (!province || capital === undefined) continue;
    out = [
      ...out.filter((m) => m.end <= start || m.start >= end),
      { start, end, entry: { ...province.entry, ids: [capital] } },
    ].sort((a, b) => a.start - b.start);
  }
  return out;
}
