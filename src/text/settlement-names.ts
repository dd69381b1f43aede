/**
 * A city's or a province's name inside a village's: "the town of Kafr Aleppo" (a village by the
 * M5), "Tell Idlib". Arabic place names often open with a noun such as kafr (village), tell (mound),
 * deir (monastery) or ain (spring); written capitalised just before a city's name, such a word
 * makes the two one name, which is not the city's. Pure; usable in the browser.
 */
import { alternatives } from './phrase-pattern.js';
import type { RuleMatch } from './post-rules.js';

/** Text that ends in one of `prefixes`, capitalised as written, and a space or hyphen. */
export function settlementPattern(prefixes: readonly string[]): RegExp | undefined {
  if (prefixes.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}])(?:${alternatives(prefixes)})[\\s-]+$`, 'u');
}

/** Text that opens with a space or hyphen and one of `suffixes`: " camp" ("Halab camp"). */
export function settlementSuffixPattern(suffixes: readonly string[]): RegExp | undefined {
  if (suffixes.length === 0) return undefined;
  return new RegExp(`^[\\s-]+(?:${alternatives(suffixes)})(?![\\p{L}])`, 'iu');
}

/**
 * Drops the matches of `places` (feature ids) that follow a settlement prefix in `body`, or that
 * a settlement suffix follows.
 */
export function withoutSettlementNames<M extends RuleMatch>(
  prefix: RegExp | undefined,
  suffix: RegExp | undefined,
  places: ReadonlySet<string>,
  body: string,
  matches: M[],
): M[] {
  if (!prefix && !suffix) return matches;
  return matches.filter(
    (m) =>
      m.entry.ids.length === 0 ||
      !m.entry.ids.every((id) => places.has(id)) ||
      !(
        prefix?.test(body.slice(Math.max(0, m.start - 16), m.start)) ||
        suffix?.test(body.slice(m.end, m.end + 16))
      ),
  );
}
