/**
 * A capital standing for its government: a bare "Damascus" is the state ("Damascus stokes
 * protests", "any attack on Damascus", "under Damascus' control") unless its sentence places
 * something in the city. What places it is a closed class, so it is the rule: a word of
 * `seats.before` just before the name ("in Damascus", "the capital, Damascus", "linking
 * Damascus with"), a dateline ("Damascus, Feb 6", "DAMASCUS:", "Damascus/Xinhua/UNI:"), or a list with another city
 * ("the cities of Latakia, Damascus, and Aleppo"). Longer aliases ("Damascus suburbs") are not
 * bare names and keep their links. Pure; usable in the browser.
 */
import type { SeatRule } from './link-rules.js';
import { listGap } from './list-gap.js';
import type { RuleMatch } from './post-rules.js';

/** Punctuation between a placing word and the name: "the capital, Damascus", "capital (Damascus)". */
const TRAILING = /[\s,(“"‘':]+$/u;

/**
 * Drops the links of a capital's bare name where the sentence does not place anything in the
 * city.
 *
 * @param rule - The `seats` rule; absent, `matches` are returned as they are.
 * @param cities - Ids of the city features, for the list test.
 * @param sentenceStart - Where the sentence starts in `body`, for the dateline test.
 */
export function seatPlaces(
  rule: SeatRule | undefined,
  cities: ReadonlySet<string>,
  body: string,
  sentenceStart: number,
  matches: RuleMatch[],
): RuleMatch[] {
  if (!rule) return matches;
  const seats = new Set(rule.features);
  const isSeat = (m: RuleMatch): boolean =>
    m.entry.ids.length === 1 &&
    seats.has(m.entry.ids[0] ?? '') &&
    !/\s/u.test(body.slice(m.start, m.end));
  const isOtherCity = (m: RuleMatch | undefined): m is RuleMatch =>
    m !== undefined && m.entry.ids.some((id) => cities.has(id) && !seats.has(id));
  return matches.filter((match, i) => {
    if (!isSeat(match)) return true;
    const lead = body.slice(sentenceStart, match.start);
    if (lead.trim() === '' && /^\s*[,:(—–/-]/u.test(body.slice(match.end, match.end + 3)))
      return true;
    const words = ` ${lead.toLowerCase().replace(TRAILING, '').replace(/\s+/gu, ' ')}`;
    if (rule.before.some((word) => words.endsWith(` ${word}`))) return true;
    const left = matches[i - 1];
    const right = matches[i + 1];
    // A route's two ends are places too: "connects Aleppo to Damascus", "Damascus with Aleppo",
    // with an apposition between: "connects Aleppo, once Syria's economic hub, to Damascus".
    const joined = (a: RuleMatch, b: RuleMatch): boolean =>
      listGap(body, a, b) ||
      /^(?:,[^,.;:]{1,60},)?\s+(?:to|with)\s+$/u.test(body.slice(a.end, b.start));
    return (
      (isOtherCity(left) && joined(left, match)) || (isOtherCity(right) && joined(match, right))
    );
  });
}
