/**
 * Road links from "routes between X and Y" phrases and from road verbs ("This road connects
 * Latakia and Aleppo"). Pure; usable in the browser.
 */
import type { Linker } from './linker.js';
import type { RuleMatch } from './post-rules.js';

/**
 * Road links from "routes between X and Y" phrases. The link spans the road phrase ("routes
 * between"), so it never overlaps the place names, which keep their own links; a road the
 * sentence already names, or a phrase inside another match, adds nothing.
 */
export function roadLinks(
  linker: Linker,
  triggers: RuleMatch[],
  matches: RuleMatch[],
): RuleMatch[] {
  const out: RuleMatch[] = [];
  // The ends of "roads between X and Y" are towns: "roads between Idlib and Latakia" is not a
  // road's name, though "the Latakia-Idlib highway" is. A province named as an end stands for
  // its capital: "a highway linking the capital Damascus and the northern province of Aleppo".
  const provinceOf = linker.rules.provinceOf ?? {};
  const { provinces } = linker;
  const names = (p: RuleMatch, id: string): boolean =>
    p.entry.ids.includes(id) || p.entry.ids.includes(provinceOf[id] ?? '');
  const places = matches.filter((m) => linker.roadEnds.some((id) => names(m, id)));
  for (const trigger of triggers) {
    if (matches.some((m) => m.start < trigger.end && trigger.start < m.end)) continue;
    const after = places.filter(
      (p) => p.start >= trigger.end && p.start - trigger.end <= linker.rules.roadWindow,
    );
    for (const [road, { pairs }] of Object.entries(linker.rules.roads)) {
      if ([...matches, ...out].some((m) => m.entry.ids.includes(road))) continue;
      const joins = pairs.some(([a, b]) =>
        [a, b].every((id) => !provinces.has(id) && after.some((p) => names(p, id))),
      );
      if (joins)
        out.push({
          start: trigger.start,
          end: trigger.end,
          entry: { ...trigger.entry, ids: [road] },
        });
    }
  }
  return out;
}
