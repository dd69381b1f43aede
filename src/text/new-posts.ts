/**
 * Posts that are not the twelve: after the twelve of 2017–18, Turkey set up more posts, and the
 * news call them "new": "these new observation posts", "five Turkish observation posts, which
 * were recently established", "working to establish two “observation posts”". A mention of the
 * whole group written so links nothing. "Turkey set up 12 observation posts" (the group's own
 * count) and "set up observation posts" (no count) stay the group. Pure; usable in the browser.
 */
import type { NewPostRule } from './link-rules.js';
import { alternatives, countOf } from './phrase-pattern.js';
import { wholeGroup, type RuleMatch } from './post-rules.js';

/** The rule's patterns: text just before a group mention, and text just after it. */
export interface NewPostPatterns {
  before: RegExp;
  after: RegExp;
  /** A verb of setting up and a count: "to establish two “". */
  counted: RegExp;
}

export function newPostPatterns(rule: NewPostRule): NewPostPatterns {
  const quote = '[“"‘\']?';
  return {
    before: new RegExp(`(?<![\\p{L}])(?:${alternatives(rule.adjectives)})\\s+${quote}$`, 'iu'),
    after: new RegExp(
      `^[”"’']?,?\\s+(?:(?:which|that)\\s+(?:were|was|are|have\\s+been|had\\s+been)\\s+)?(?:${alternatives(rule.adverbs)})\\s+(?:established|set\\s+up|built|deployed)(?![\\p{L}])`,
      'iu',
    ),
    counted: new RegExp(
      `(?<![\\p{L}])(?:${alternatives(rule.verbs)})\\s+(\\d+|\\p{L}+)\\s+${quote}$`,
      'iu',
    ),
  };
}

/** Drops the mentions of a whole group (`groups`) that `patterns` mark as other, newer posts. */
export function withoutNewPosts(
  patterns: NewPostPatterns | undefined,
  groups: readonly string[][],
  body: string,
  matches: RuleMatch[],
): RuleMatch[] {
  if (!patterns) return matches;
  return matches.filter((m) => {
    const group = wholeGroup(groups, m);
    if (!group) return true;
    const before = body.slice(Math.max(0, m.start - 40), m.start);
    if (patterns.before.test(before)) return false;
    if (patterns.after.test(body.slice(m.end, m.end + 60))) return false;
    const count = patterns.counted.exec(before)?.[1];
    if (count === undefined) return true;
    const n = countOf(count);
    return n === undefined || n === group.length;
  });
}
