/**
 * Compiles the linking rules into one character trie of folded aliases, so a corpus is matched
 * in a single pass per article (linear in its length). Pure; usable in the browser.
 */
import { expandTemplate, idsForKey, type LinkRules, type LinkTarget } from './link-rules.js';
import { foldAlias } from './normalise.js';

/** What a folded alias means. */
export interface AliasEntry {
  /** Features the alias links to; empty for an ignore phrase (it still consumes its words). */
  ids: string[];
  /** True when the alias opens a "routes between X and Y" road mention. */
  trigger: boolean;
  /** Indexes of {@link LinkRules.retarget} rules the alias is a cue for. */
  cues: number[];
  /** True when the alias takes part in longest-match resolution (links and ignores). */
  consumes: boolean;
}

/** A node of the alias trie. */
export interface TrieNode {
  children: Map<string, TrieNode>;
  entry?: AliasEntry;
}

/** Compiled rules, ready to link any number of articles. */
export interface Linker {
  root: TrieNode;
  rules: LinkRules;
  /** Place features that some road joins, by feature id. */
  roadPlaces: Set<string>;
  /** Number of folded aliases in the trie. */
  size: number;
}

function entryAt(root: TrieNode, key: string): AliasEntry {
  let node = root;
  // UTF-16 units, as the matcher walks the folded text.
  for (const char of key.split('')) {
    let child = node.children.get(char);
    if (!child) {
      child = { children: new Map() };
      node.children.set(char, child);
    }
    node = child;
  }
  node.entry ??= { ids: [], trigger: false, cues: [], consumes: false };
  return node.entry;
}

/** Place names simple enough to build phrases from ("Aleppo", not "Turkish observation post 9: Morek"). */
function compoundNames(target: LinkTarget | undefined): string[] {
  return (target?.names ?? []).filter((name) => /^[\p{L}' ’-]+$/u.test(name) && name.length <= 24);
}

/** Resolves a name claimed by several features: {@link LinkRules.prefer}, then kind priority. */
function resolveNameClaims(
  key: string,
  ids: string[],
  rules: LinkRules,
  kinds: Map<string, string>,
): string[] {
  if (ids.length < 2) return ids;
  const preferred = Object.entries(rules.prefer).find(([alias]) => foldAlias(alias) === key)?.[1];
  if (preferred && ids.includes(preferred)) return [preferred];
  const rank = (id: string): number => {
    const index = rules.kindPriority.indexOf(kinds.get(id) ?? '');
    return index < 0 ? rules.kindPriority.length : index;
  };
  const best = Math.min(...ids.map(rank));
  return ids.filter((id) => rank(id) === best);
}

/**
 * Compiles gazetteer names and the alias rules into a {@link Linker}. Explicit aliases win over
 * gazetteer names for the same folded text; ignore phrases win over both.
 */
export function compileLinker(targets: readonly LinkTarget[], rules: LinkRules): Linker {
  const kinds = new Map(targets.map((t) => [t.id, t.kind]));
  const byId = new Map(targets.map((t) => [t.id, t]));
  const explicit = new Map<string, Set<string>>();
  const addExplicit = (alias: string, ids: readonly string[]): void => {
    const key = foldAlias(alias);
    if (key === '') return;
    const set = explicit.get(key) ?? new Set<string>();
    for (const id of ids) set.add(id);
    explicit.set(key, set);
  };
  for (const [pattern, aliases] of Object.entries(rules.aliases)) {
    for (const id of idsForKey(pattern, targets)) {
      const names = compoundNames(byId.get(id));
      for (const alias of aliases) {
        for (const expanded of expandTemplate(alias, rules.vocab, names))
          addExplicit(expanded, [id]);
      }
    }
  }
  const roadPlaces = new Set<string>();
  for (const [road, { pairs }] of Object.entries(rules.roads)) {
    if (!byId.has(road)) continue;
    for (const [a, b] of pairs) {
      roadPlaces.add(a);
      roadPlaces.add(b);
      for (const na of compoundNames(byId.get(a))) {
        for (const nb of compoundNames(byId.get(b))) {
          for (const compound of [`${na}-${nb}`, `${nb}-${na}`]) {
            addExplicit(compound, [road]);
            for (const noun of rules.roadNouns) addExplicit(`${compound} ${noun}`, [road]);
          }
        }
      }
    }
  }
  const claims = new Map<string, string[]>();
  for (const target of targets) {
    for (const name of target.names) {
      const key = foldAlias(name);
      if (key === '' || explicit.has(key)) continue;
      const ids = claims.get(key) ?? [];
      if (!ids.includes(target.id)) ids.push(target.id);
      claims.set(key, ids);
    }
  }
  const root: TrieNode = { children: new Map() };
  let size = 0;
  const link = (key: string, ids: string[]): void => {
    if (key === '') return;
    const entry = entryAt(root, key);
    if (!entry.consumes) size++;
    entry.ids = ids;
    entry.consumes = true;
  };
  for (const [key, ids] of claims) link(key, resolveNameClaims(key, ids, rules, kinds));
  for (const [key, ids] of explicit) link(key, [...ids]);
  for (const phrase of rules.ignore) {
    for (const expanded of expandTemplate(phrase, rules.vocab, [])) link(foldAlias(expanded), []);
  }
  for (const trigger of rules.roadTriggers) {
    for (const expanded of expandTemplate(trigger, rules.vocab, [])) {
      const key = foldAlias(expanded);
      if (key !== '') entryAt(root, key).trigger = true;
    }
  }
  rules.retarget.forEach((rule, index) => {
    for (const cue of rule.cues) {
      for (const expanded of expandTemplate(cue, rules.vocab, [])) {
        const key = foldAlias(expanded);
        if (key !== '') entryAt(root, key).cues.push(index);
      }
    }
  });
  return { root, rules, roadPlaces, size };
}
