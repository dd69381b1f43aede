/**
 * Compiles the linking rules into one character trie of folded aliases, so a corpus is matched
 * in a single pass per article (linear in its length). Pure; usable in the browser.
 */
import { expandTemplate, idsForKey, type LinkRules, type LinkTarget } from './link-rules.js';
import { collectPhrases, type Phrases } from './alias-phrases.js';
import { foldAlias } from './normalise.js';
import { alternatives } from './phrase-pattern.js';
import { postPatterns, type PostPatterns } from './post-rules.js';
import { roadNamePatterns, type RoadNamePatterns } from './road-names.js';
import { roadVerbPattern } from './road-verbs.js';
import { settlementPattern, settlementSuffixPattern } from './settlement-names.js';
import { capitalPattern } from './capital-phrases.js';
import { newPostPatterns, type NewPostPatterns } from './new-posts.js';
import { keyText, keyVariants } from './translit-key.js';

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
  /**
   * The most words any phrase of this key has. A match may run words together
   * ("Khansheikhoun") but not split one: "and an" is not "Andan".
   */
  words?: number;
}

/** A node of the alias trie. */
export interface TrieNode {
  children: Map<string, TrieNode>;
  entry?: AliasEntry;
}

/** Compiled rules, ready to link any number of articles. */
export interface Linker {
  root: TrieNode;
  /**
   * The same names, aliases and ignore phrases keyed by `translitKey` (keys of at least
   * {@link TRANSLIT_MIN_KEY} units), so other romanisations of a name link too.
   */
  translitRoot: TrieNode;
  rules: LinkRules;
  /** Place features that some road joins, by feature id. */
  roadPlaces: Set<string>;
  /** The members of each {@link LinkRules.groupYield} group. */
  groups: string[][];
  /** The {@link LinkRules.posts} rule, compiled. */
  postPatterns?: PostPatterns;
  /** Road names made of two places ("the Aleppo-Al Hasakah road"), from the road nouns. */
  roadNamePatterns: RoadNamePatterns;
  /** The provinces of {@link LinkRules.provinceOf}. */
  provinces: Set<string>;
  /** The places some road joins that are not provinces: the ends "roads between X and Y" reads. */
  roadEnds: string[];
  /** A {@link LinkRules.listAdjectives} word ending a text ("parts of nearby "). */
  listAdjectives: RegExp;
  /** Ids of the city features, for the `seats` rule's lists. */
  cities: Set<string>;
  /** The cities and provinces, whose names a {@link LinkRules.settlementPrefixes} word takes. */
  places: Set<string>;
  /** The {@link LinkRules.roadVerbs} after a road noun, see `roadVerbSpans`. */
  roadVerbs?: RegExp;
  /** Text ending in a {@link LinkRules.settlementPrefixes} word. */
  settlementPrefix?: RegExp;
  /** Text opening with a {@link LinkRules.settlementSuffixes} word. */
  settlementSuffix?: RegExp;
  /** The {@link LinkRules.capitalPhrases}, and each province's capital. */
  capitalPhrase?: RegExp;
  capitalOf: Record<string, string>;
  /** The {@link LinkRules.newPosts} rule, compiled. */
  newPosts?: NewPostPatterns;
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

/** The {@link LinkRules.prefer} choice among `ids` for `key`, if the rules make one. */
function preferredOf(
  key: string,
  ids: string[],
  rules: LinkRules,
  keyOf: (alias: string) => string,
): string[] | undefined {
  const preferred = Object.entries(rules.prefer).find(([alias]) => keyOf(alias) === key)?.[1];
  return preferred && ids.includes(preferred) ? [preferred] : undefined;
}

/** Resolves a name claimed by several features: {@link LinkRules.prefer}, then kind priority. */
function resolveNameClaims(
  key: string,
  ids: string[],
  rules: LinkRules,
  kinds: Map<string, string>,
  keyOf: (alias: string) => string,
): string[] {
  if (ids.length < 2) return ids;
  const preferred = preferredOf(key, ids, rules, keyOf);
  if (preferred) return preferred;
  const rank = (id: string): number => {
    const index = rules.kindPriority.indexOf(kinds.get(id) ?? '');
    return index < 0 ? rules.kindPriority.length : index;
  };
  const best = Math.min(...ids.map(rank));
  return ids.filter((id) => rank(id) === best);
}

/** How a trie keys a phrase: its keys, and how many words it has (see {@link AliasEntry.words}). */
interface PhraseKey {
  keys: string[];
  words: number;
}

/**
 * One trie of the phrases under one key: explicit aliases win over gazetteer names for the same
 * key, ignore phrases over both. Keys shorter than `minKey` are left out. Each phrase is keyed
 * once.
 */
function buildTrie(
  phrases: Phrases,
  rules: LinkRules,
  kinds: Map<string, string>,
  keyPhrase: (alias: string) => PhraseKey,
  minKey: number,
): { root: TrieNode; size: number } {
  const memo = new Map<string, PhraseKey>();
  const keyed = (alias: string): PhraseKey => {
    let found = memo.get(alias);
    if (found === undefined) {
      found = keyPhrase(alias);
      memo.set(alias, found);
    }
    return found;
  };
  const keysOf = (alias: string): string[] => keyed(alias).keys;
  const keyOf = (alias: string): string => keysOf(alias)[0] ?? '';
  const words = new Map<string, number>();
  const all = [...phrases.explicit.map(([a]) => a), ...phrases.names.map(([n]) => n)];
  for (const phrase of [...all, ...phrases.ignore]) {
    const { keys, words: n } = keyed(phrase);
    for (const key of keys) words.set(key, Math.max(words.get(key) ?? 0, n));
  }
  const explicit = new Map<string, Set<string>>();
  for (const [alias, ids] of phrases.explicit) {
    for (const key of keysOf(alias)) {
      const set = explicit.get(key) ?? new Set<string>();
      for (const id of ids) set.add(id);
      explicit.set(key, set);
    }
  }
  const claims = new Map<string, string[]>();
  for (const [name, id] of phrases.names) {
    for (const key of keysOf(name)) {
      if (explicit.has(key)) continue;
      const ids = claims.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      claims.set(key, ids);
    }
  }
  const root: TrieNode = { children: new Map() };
  let size = 0;
  const link = (key: string, ids: string[]): void => {
    if (key.length === 0 || key.length < minKey) return;
    const entry = entryAt(root, key);
    if (!entry.consumes) size++;
    entry.ids = ids;
    entry.consumes = true;
    entry.words = words.get(key) ?? 1;
  };
  for (const [key, ids] of claims) link(key, resolveNameClaims(key, ids, rules, kinds, keyOf));
  // Aliases of several features keep them all ("dmz-15km, dmz-20km"), unless `prefer` picks one
  // ("East Aleppo" is the city, though "{direction} Aleppo" is the governorate).
  for (const [key, ids] of explicit)
    link(key, preferredOf(key, [...ids], rules, keyOf) ?? [...ids]);
  for (const phrase of phrases.ignore) for (const key of keysOf(phrase)) link(key, []);
  return { root, size };
}

/** `{ [key]: value }`, or nothing when `value` is undefined (for optional fields). */
const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

/** Keys shorter than this (in key units) stay out of the transliteration trie: "Eis", "Hama". */
export const TRANSLIT_MIN_KEY = 5;

/**
 * Compiles gazetteer names and the alias rules into a {@link Linker}: one trie keyed by
 * `foldAlias`, with the road triggers and retarget cues, and one keyed by `translitKey`.
 */
export function compileLinker(targets: readonly LinkTarget[], rules: LinkRules): Linker {
  const kinds = new Map(targets.map((t) => [t.id, t.kind]));
  const phrases = collectPhrases(targets, rules);
  // Words as the text may write them: a hyphen may stand for a space ("Jisr al Shughur").
  const exact = buildTrie(
    phrases,
    rules,
    kinds,
    (alias) => ({
      keys: [foldAlias(alias)],
      words: alias.split(/[\s\p{Pd}]+/u).filter(Boolean).length,
    }),
    0,
  );
  const translit = buildTrie(
    phrases,
    rules,
    kinds,
    (alias) => {
      const keyed = keyText(alias);
      return {
        keys: keyVariants(keyed.text),
        words: keyed.wordStart.reduce((n, start) => n + start, 0) - 1,
      };
    },
    TRANSLIT_MIN_KEY,
  );
  const provinces = new Set(Object.values(rules.provinceOf ?? {}));
  const cities = new Set(targets.filter((t) => t.kind === 'city').map((t) => t.id));
  const root = exact.root;
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
  return {
    root,
    translitRoot: translit.root,
    rules,
    roadPlaces: phrases.roadPlaces,
    groups: (rules.groupYield ?? []).map((pattern) => idsForKey(pattern, targets)),
    ...(rules.posts ? { postPatterns: postPatterns(rules.posts) } : {}),
    roadNamePatterns: roadNamePatterns(rules.roadNouns),
    provinces,
    roadEnds: [...phrases.roadPlaces].filter((id) => !provinces.has(id)),
    listAdjectives: rules.listAdjectives?.length
      ? new RegExp(`(?:^| )(?:${alternatives(rules.listAdjectives)}) $`, 'u')
      : /(?!)/u,
    cities,
    places: new Set([...cities, ...provinces]),
    ...optional('roadVerbs', roadVerbPattern(rules.roadNouns, rules.roadVerbs ?? [])),
    ...optional('settlementPrefix', settlementPattern(rules.settlementPrefixes ?? [])),
    ...optional('settlementSuffix', settlementSuffixPattern(rules.settlementSuffixes ?? [])),
    ...optional('capitalPhrase', capitalPattern(rules.capitalPhrases ?? [])),
    ...optional('newPosts', rules.newPosts && newPostPatterns(rules.newPosts)),
    capitalOf: Object.fromEntries(
      Object.entries(rules.provinceOf ?? {}).map(([city, province]) => [province, city]),
    ),
    size: exact.size,
  };
}
