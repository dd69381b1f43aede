/**
 * The phrases the linking rules make, before they are keyed into a trie: explicit aliases (with
 * their templates expanded), road compounds ("Aleppo-Latakia highway"), gazetteer names and
 * ignore phrases. Pure; usable in the browser.
 */
import { expandTemplate, idsForKey, type LinkRules, type LinkTarget } from './link-rules.js';
import { withMountainForms } from './name-forms.js';

/** Place names simple enough to build phrases from ("Aleppo", not "Turkish observation post: Morek"). */
function compoundNames(target: LinkTarget | undefined): string[] {
  return (target?.names ?? []).filter((name) => /^[\p{L}' ’-]+$/u.test(name) && name.length <= 24);
}

/** Kinds of the features that are regions, not places a road ends at. */
const PROVINCE_KINDS = new Set(['province', 'governorate']);

/** The phrases the rules make: explicit aliases and road compounds by feature, and ignores. */
export interface Phrases {
  explicit: [string, string[]][];
  names: [string, string][];
  ignore: string[];
  roadPlaces: Set<string>;
}

export function collectPhrases(targets: readonly LinkTarget[], rules: LinkRules): Phrases {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const explicit: [string, string[]][] = [];
  for (const [pattern, aliases] of Object.entries(rules.aliases)) {
    for (const id of idsForKey(pattern, targets)) {
      const names = compoundNames(byId.get(id));
      for (const alias of aliases) {
        for (const expanded of expandTemplate(alias, rules.vocab, names))
          for (const form of withMountainForms(expanded)) explicit.push([form, [id]]);
      }
    }
  }
  const roadPlaces = new Set<string>();
  for (const [road, { pairs }] of Object.entries(rules.roads)) {
    if (!byId.has(road)) continue;
    for (const [a, b] of pairs) {
      roadPlaces.add(a);
      roadPlaces.add(b);
      // A province end names the road only with a road noun: "the Hama-Idlib highway", but
      // "the Idlib-Hama border" is the provinces'.
      const bare = [a, b].every((id) => !PROVINCE_KINDS.has(byId.get(id)?.kind ?? ''));
      for (const na of compoundNames(byId.get(a))) {
        for (const nb of compoundNames(byId.get(b))) {
          for (const compound of [`${na}-${nb}`, `${nb}-${na}`]) {
            if (bare) explicit.push([compound, [road]]);
            for (const noun of rules.roadNouns) explicit.push([`${compound} ${noun}`, [road]]);
          }
          // "the Damascus-to-Aleppo highway": with a road noun only.
          for (const compound of [`${na}-to-${nb}`, `${nb}-to-${na}`])
            for (const noun of rules.roadNouns) explicit.push([`${compound} ${noun}`, [road]]);
        }
      }
    }
  }
  const names = targets.flatMap((t) =>
    t.names.flatMap(withMountainForms).map((name): [string, string] => [name, t.id]),
  );
  const ignore = rules.ignore.flatMap((phrase) => expandTemplate(phrase, rules.vocab, []));
  return { explicit, names, ignore, roadPlaces };
}
