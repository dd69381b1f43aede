/**
 * A road's name made of two places ("the Aleppo-Al Hasakah road") names the road, not its towns:
 * a place at one end of such a name, beside a place the rules do not know, links nothing. Pure;
 * usable in the browser.
 */

/** The patterns around a place match, compiled once per linker. */
export interface RoadNamePatterns {
  /** After the place: "-Al Hasakah road". */
  after: RegExp;
  /** Before the place: "Kafr Nabl-". */
  before: RegExp;
  /** After the place, when a name comes before it: " road". */
  noun: RegExp;
}

export function roadNamePatterns(roadNouns: readonly string[]): RoadNamePatterns {
  const nouns = roadNouns.map((n) => n.replace(/\s+/gu, '\\s+')).join('|');
  const name = "\\p{Lu}[\\p{L}'’]*(?:\\s+\\p{Lu}[\\p{L}'’]*){0,2}";
  return {
    after: new RegExp(`^[-–](?:${name})\\s+(?:${nouns})(?![\\p{L}])`, 'u'),
    before: new RegExp(`(?:${name})[-–]$`, 'u'),
    noun: new RegExp(`^\\s+(?:${nouns})(?![\\p{L}])`, 'u'),
  };
}

/** Drops the matches (offsets into `body`) that are one end of a road's name. */
export function withoutRoadNameEnds<M extends { start: number; end: number }>(
  patterns: RoadNamePatterns,
  body: string,
  matches: M[],
): M[] {
  return matches.filter((m) => {
    const rest = body.slice(m.end, m.end + 60);
    if (patterns.after.test(rest)) return false;
    const before = body.slice(Math.max(0, m.start - 40), m.start);
    return !(patterns.before.test(before) && patterns.noun.test(rest));
  });
}
