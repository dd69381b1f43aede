/**
 * Two rules on the observation posts, both data in `geodata/feature-aliases.yaml`: a post named
 * by the town beside it ("the observation post in Morek") links the post, not the town; and in
 * a sentence that links one post, a mention of the whole group yields to it. Pure; usable in
 * the browser.
 */
import type { PostRule } from './link-rules.js';
import type { AliasEntry } from './linker.js';
import { alternatives, countOf } from './phrase-pattern.js';

/** A match, in original body offsets. */
export interface RuleMatch {
  start: number;
  end: number;
  entry: AliasEntry;
}

/** A post's number after its noun: "observation post number 9 in the Murak region", "posts IX and XI in". */
const NUMBER =
  '(?:\\s+(?:(?:no\\.?|number|nr\\.?)\\s*(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|[IVX]{1,4}(?:\\s+and\\s+[IVX]{1,4})?),?)?';

/** After a copula, before the preposition: "is now besieged in", "has become encircled in". */
const PARTICIPLE = 'now|still|already|currently|\\p{L}+(?:ed|en)';

/** The rule's two patterns: text just before a town, and text just after it. */
export interface PostPatterns {
  before: RegExp;
  after: RegExp;
  /** After the town, a clause naming one post there: ", where Turkey maintains an observation post". */
  relative?: RegExp;
}

export function postPatterns(rule: PostRule): PostPatterns {
  const nouns = alternatives(rule.nouns);
  const preps = alternatives(rule.preps);
  const places = alternatives(rule.placeNouns);
  const fillers = rule.fillers?.length ? `(?:(?:${alternatives(rule.fillers)})\\s+)?` : '';
  const word = "[\\p{L}'’-]+";
  const copulas = rule.copulas?.length
    ? `(?:(?:${alternatives(rule.copulas)})(?:\\s+(?:${PARTICIPLE})){0,2}\\s+)?`
    : '';
  return {
    before: new RegExp(
      `(?:^|[^\\p{L}])(${nouns})${NUMBER}\\s+${copulas}${fillers}(?:${preps})\\s+(?:the\\s+(?:(?:${word}\\s+){0,2}?(?:${places})\\s+of\\s+)?)?[“"'#]?$`,
      'iu',
    ),
    after: new RegExp(
      `^[”"’']?(?:\\s+(?:and|,)\\s+(?:\\p{Lu}${word}\\s+){1,3}?|\\s+)(?:${nouns})(?![\\p{L}])`,
      'u',
    ),
    ...(rule.relatives?.length
      ? {
          relative: new RegExp(
            `^(?:\\s+(?:${places}|region))?,?\\s+(?:${alternatives(rule.relatives)})\\s+(?:${word}\\s+){0,4}?(?:a|an|its)\\s+(?:${word}\\s+){0,2}?(?:${nouns})(?![\\p{L}])`,
            'iu',
          ),
        }
      : {}),
  };
}

/** How far before and after a town the rule looks, in characters. */
const WINDOW = 80;

/**
 * Moves town matches that name a post to the post; a town followed by a clause naming a post
 * there ("Morek, where Turkey maintains an observation post") links both.
 */
export function postPlaces(
  rule: PostRule | undefined,
  patterns: PostPatterns | undefined,
  body: string,
  matches: RuleMatch[],
): RuleMatch[] {
  if (!rule || !patterns) return matches;
  return matches.flatMap((match) => {
    const [id] = match.entry.ids;
    const post = id !== undefined && match.entry.ids.length === 1 ? rule.at[id] : undefined;
    if (post === undefined) return [match];
    const from = Math.max(0, match.start - WINDOW);
    const before = patterns.before.exec(body.slice(from, match.start));
    const entry = { ...match.entry, ids: [post] };
    // The link spans the phrase ("observation post in Morek"); after the town it spans the town
    // only, as the noun may follow another post's name ("Murak and Shir Mughar posts").
    const noun = before?.[1];
    if (before && noun !== undefined) {
      const start = from + before.index + before[0].indexOf(noun);
      return [{ ...match, start, entry }];
    }
    const rest = body.slice(match.end, match.end + WINDOW);
    if (patterns.relative?.test(rest)) return [match, { ...match, entry }];
    return patterns.after.test(rest) ? [{ ...match, entry }] : [match];
  });
}

/** In a sentence that links one member of a group, drops the mentions of the whole group. */
export function yieldGroups(groups: readonly string[][], matches: RuleMatch[]): RuleMatch[] {
  let out = matches;
  for (const group of groups) {
    const members = new Set(group);
    const isWhole = (m: RuleMatch): boolean =>
      m.entry.ids.length === members.size && m.entry.ids.every((id) => members.has(id));
    const namesOne = out.some((m) => m.entry.ids.length === 1 && members.has(m.entry.ids[0] ?? ''));
    if (namesOne) out = out.filter((m) => !isWhole(m));
  }
  return out;
}

/** The group of `groups` that `match` names whole ("observation posts"), if any. */
export function wholeGroup(groups: readonly string[][], match: RuleMatch): string[] | undefined {
  return groups.find(
    (g) => match.entry.ids.length === g.length && match.entry.ids.every((id) => g.includes(id)),
  );
}

/**
 * Drops a mention of a whole group counted above its size: "Turkey maintains 69 observation
 * points", "Fifteen Turkish observation posts" are Turkey's other posts, not the twelve ("two of
 * the observation posts" is still the group).
 */
export function countedGroups(
  groups: readonly string[][],
  body: string,
  matches: RuleMatch[],
): RuleMatch[] {
  return matches.filter((m) => {
    const group = wholeGroup(groups, m);
    if (!group) return true;
    const count = /(\d+|\p{L}+)(?:\s+of)?\s+$/u.exec(
      body.slice(Math.max(0, m.start - 24), m.start),
    );
    const n = countOf(count?.[1] ?? '');
    return n === undefined || n <= group.length;
  });
}
