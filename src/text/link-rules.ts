/**
 * The linking rules as data: what `geodata/feature-aliases.yaml` holds once parsed, and the
 * features the linker may link to. Pure types and helpers; usable in the browser.
 */

/** A feature the linker may link to: its id, kind and its gazetteer names. */
export interface LinkTarget {
  /** Feature id, e.g. `city-hama`. */
  id: string;
  /** Feature kind (`city`, `province`, …), used by {@link LinkRules.kindPriority}. */
  kind: string;
  /** Gazetteer names: `name`, `nameVariants` and `nameAr`; each is an alias of the feature. */
  names: string[];
}

/** A road linked by "routes between X and Y" phrases and by "X-Y" compounds. */
export interface RoadRule {
  /** Pairs of place feature ids the road joins, e.g. `[city-aleppo, city-latakia]`. */
  pairs: [string, string][];
}

/** Rules that send mentions in some sentences to another feature, or drop them. */
export interface RetargetRule {
  /** Feature the mentions go to instead, e.g. `dmz-split`; absent: the links are dropped. */
  feature?: string;
  /** Features whose links are moved, e.g. `[dmz-15km, dmz-20km]`. */
  from: string[];
  /** Phrases that, anywhere in the sentence, trigger the move. */
  cues: string[];
}

/** Posts named by the town beside them: "the observation post in Morek", "Morek post". */
export interface PostRule {
  /** Nouns for a post ("observation post", "outpost", "base"). */
  nouns: string[];
  /** Words between the noun and the town ("in", "near"). */
  preps: string[];
  /** A clause that may stand between the noun and the preposition ("which was set up"). */
  fillers?: string[];
  /**
   * A verb between the noun and the preposition, with up to two participles ("besieged") or
   * "now", "still" after it: "The closest Turkish point is in Morek", "a Turkish military point
   * has become besieged in the town of Morek".
   */
  copulas?: string[];
  /** Nouns of "the (...) town of" between the preposition and the town. */
  placeNouns: string[];
  /** The post at each town, by feature id: `city-morek: op-morek`. */
  at: Record<string, string>;
  /**
   * Words after the town that open a clause naming one post there: "the village of Morek, where
   * Turkey maintains an observation post" links the town and the post.
   */
  relatives?: string[];
}

/** Posts that are not the group: newer ones ("these new observation posts"); see `withoutNewPosts`. */
export interface NewPostRule {
  /** Words just before a group mention that make it newer posts ("new", "additional"). */
  adjectives: string[];
  /** Words after it, before "established" or "set up" ("which were recently established"). */
  adverbs: string[];
  /** Verbs of setting up that, with a count other than the group's, make newer posts. */
  verbs: string[];
}

/**
 * A capital is its government ("Damascus stokes protests", "an attack on Damascus") unless its
 * sentence places something in it: see `seatPlaces`.
 */
export interface SeatRule {
  /** The capitals, by feature id: `city-damascus`. */
  features: string[];
  /** Words just before the name that place a thing in the city ("in", "the capital,", "linking"). */
  before: string[];
}

/** The linking rules, as written in `geodata/feature-aliases.yaml`. */
export interface LinkRules {
  /** Word lists usable in aliases as `{name}`; `{names}` is the feature's own gazetteer names. */
  vocab: Record<string, string[]>;
  /** Aliases per feature id, id pattern with `*` (`op-*`: every observation post) or comma-separated ids. */
  aliases: Record<string, string[]>;
  /** Phrases that consume their words and link nothing ("de-escalation zone", "anti-Damascus"). */
  ignore: string[];
  /** When several features' names claim the same alias: which feature it means ("Idlib" → province). */
  prefer: Record<string, string>;
  /** Otherwise the first kind in this list wins among features claiming the same name. */
  kindPriority: string[];
  /** Roads by feature id. */
  roads: Record<string, RoadRule>;
  /** Phrases that open a "between X and Y" road mention ("routes between", "highway from"). */
  roadTriggers: string[];
  /** Nouns that may follow an "X-Y" compound ("highway", "road"). */
  roadNouns: string[];
  /** How far after a road trigger (in characters) the two places may be. */
  roadWindow: number;
  /**
   * Verbs that open a road mention after a road noun and up to three words: "the main highway in
   * Idlib linking Damascus with Aleppo", "This road connects Latakia and Aleppo".
   */
  roadVerbs?: string[];
  /**
   * Capitalised words that, just before a city's or a province's name, make it part of another
   * place's name: "the town of Kafr Aleppo" links nothing.
   */
  settlementPrefixes?: string[];
  /**
   * Words that, just after a city's or a province's name, make it part of another name: "Halab
   * camp", "Halab al-Shehaba".
   */
  settlementSuffixes?: string[];
  /**
   * A province's capital named by its role ("the administrative capital"): the capital of the
   * province the sentence names before it (see {@link provinceOf}).
   */
  capitalPhrases?: string[];
  retarget: RetargetRule[];
  /**
   * The province of each city, for lists that end in a plural: in "Idlib, Hama and Aleppo
   * provinces" every name of the list is a province. Absent: no list rule.
   */
  provinceOf?: Record<string, string>;
  /** Plural nouns that make such a list ("provinces", "governorates"). */
  listNouns?: string[];
  /** Words that make the list that follows them provinces ("parts of Latakia, Hama and Aleppo"). */
  listPrefixes?: string[];
  /** Words that may stand between such a prefix and its list ("parts of nearby Hama"). */
  listAdjectives?: string[];
  /** Capitals whose bare name is the government unless placed; absent: no such rule. */
  seats?: SeatRule;
  /**
   * Words that make the list just before them provinces: "the Idlib-Hama border" (cities have no
   * borders). The list may be joined by a hyphen.
   */
  listAfter?: string[];
  /**
   * Features drawn as they were on one day, by id, with the last day their mentions mean them:
   * an article dated after it (`contact-line`: the line of 17 Sep 2018, which the 2019 offensive
   * moved) means another line by "front line" or "line of contact", so those links are dropped.
   */
  mentionsUntil?: Record<string, string>;
  /** Posts named by their town. Absent: no post rule. */
  posts?: PostRule;
  /** Mentions of the group of posts that are newer posts. Absent: no such rule. */
  newPosts?: NewPostRule;
  /**
   * Id patterns of groups (`op-*`): in a sentence that links one member, mentions of the whole
   * group are dropped.
   */
  groupYield?: string[];
}

/** Expands `{word}` placeholders against `vocab` and `{names}` against `names`. */
export function expandTemplate(
  template: string,
  vocab: Record<string, string[]>,
  names: readonly string[],
): string[] {
  const match = /\{([a-zA-Z]+)\}/u.exec(template);
  if (!match) return [template];
  const key = match[1] ?? '';
  const words = key === 'names' ? names : (vocab[key] ?? []);
  const out: string[] = [];
  for (const word of words) {
    const replaced =
      template.slice(0, match.index) + word + template.slice(match.index + match[0].length);
    out.push(...expandTemplate(replaced, vocab, names));
  }
  return out;
}

/**
 * Feature ids that an alias key covers: an exact id, a pattern with `*` (`op-*`) or several of
 * these separated by commas (`dmz-15km, dmz-20km`).
 */
export function idsForKey(key: string, targets: readonly LinkTarget[]): string[] {
  if (key.includes(',')) {
    const parts = key.split(',').map((part) => part.trim());
    return [...new Set(parts.flatMap((part) => idsForKey(part, targets)))];
  }
  if (!key.includes('*')) return targets.some((t) => t.id === key) ? [key] : [];
  const pattern = new RegExp(
    `^${key
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'))
      .join('.*')}$`,
    'u',
  );
  return targets.filter((t) => pattern.test(t.id)).map((t) => t.id);
}
