/**
 * Links an article's sentences to features: every alias match at word boundaries, longest
 * match first, then the province-list, road and retarget rules. Pure; usable in the browser.
 */
import type { SentenceSpan } from '../types.js';
import type { AliasEntry, Linker } from './linker.js';
import { isWordChar, normaliseForMatch, originalEnd, type NormalisedText } from './normalise.js';
import { countedGroups, postPlaces, yieldGroups } from './post-rules.js';
import { roadLinks } from './road-links.js';
import { withoutRoadNameEnds } from './road-names.js';
import { roadVerbSpans } from './road-verbs.js';
import { withoutSettlementNames } from './settlement-names.js';
import { provincialCapitals } from './capital-phrases.js';
import { withoutNewPosts } from './new-posts.js';
import { listGap } from './list-gap.js';
import { seatPlaces } from './seat-rules.js';
import { keyText } from './translit-key.js';
import { findTranslit } from './translit-match.js';

/** One link of a sentence to a feature; offsets are inside the sentence text. */
export interface SentenceLink {
  sentenceIndex: number;
  featureId: string;
  start: number;
  end: number;
}

/** An alias match, in original body offsets. */
interface Match {
  start: number;
  end: number;
  entry: AliasEntry;
}

function isWordStart(norm: NormalisedText, i: number): boolean {
  return i === 0 || norm.boundaryBefore[i] === 1 || !isWordChar(norm.text[i - 1]);
}

function isWordEnd(norm: NormalisedText, j: number): boolean {
  return j >= norm.text.length || norm.boundaryBefore[j] === 1 || !isWordChar(norm.text[j]);
}

/**
 * True when `text` has no more space-separated words than the phrase: "and an" is not "Andan".
 * A dash between spaces is one break: "post – one of 12" is four words.
 */
function fitsWords(entry: AliasEntry, text: string): boolean {
  const breaks = text.replace(/\s+\p{Pd}+\s+/gu, ' ').match(/\s+/gu)?.length ?? 0;
  return entry.words === undefined || breaks < entry.words;
}

/** Every alias occurrence at word boundaries, overlapping ones included. */
function findAll(linker: Linker, body: string, norm: NormalisedText): Match[] {
  const matches: Match[] = [];
  const { text } = norm;
  for (let i = 0; i < text.length; i++) {
    if (!isWordStart(norm, i)) continue;
    let node = linker.root.children.get(text[i] ?? '');
    let j = i + 1;
    while (node) {
      if (node.entry && isWordEnd(norm, j)) {
        const start = norm.offsets[i] ?? 0;
        const end = originalEnd(norm, body, j);
        if (fitsWords(node.entry, body.slice(start, end)))
          matches.push({ start, end, entry: node.entry });
      }
      if (j >= text.length) break;
      node = node.children.get(text[j] ?? '');
      j++;
    }
  }
  return matches;
}

/** Keeps the longest of overlapping consuming matches (leftmost on ties). */
function longestFirst(matches: Match[], length: number): Match[] {
  const sorted = matches
    .filter((m) => m.entry.consumes)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: Match[] = [];
  for (const match of sorted) {
    if (taken.subarray(match.start, match.end).includes(1)) continue;
    taken.fill(1, match.start, match.end);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Index of the sentence that holds `[start, end)`, or -1 when it spans a break. */
function sentenceOf(sentences: readonly SentenceSpan[], start: number, end: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return end <= s.end ? mid : -1;
  }
  return -1;
}

/** Group matches by sentence, dropping those outside every sentence. */
function bySentence(matches: Match[], sentences: readonly SentenceSpan[]): Map<number, Match[]> {
  const groups = new Map<number, Match[]>();
  for (const match of matches) {
    const index = sentenceOf(sentences, match.start, match.end);
    if (index < 0) continue;
    const group = groups.get(index) ?? [];
    group.push(match);
    groups.set(index, group);
  }
  return groups;
}

/**
 * In "Idlib, Hama and Aleppo provinces" the plural, in "the Idlib-Hama border" the word after,
 * and in "parts of Latakia, Hama and Aleppo" the prefix, make every name of the list a province:
 * moves such lists' city matches to their provinces.
 */
function provinceLists(linker: Linker, body: string, matches: Match[]): Match[] {
  const { provinceOf = {}, listNouns = [], listPrefixes = [] } = linker.rules;
  const { listAfter = [] } = linker.rules;
  const out = [...matches];
  // Only a bare name: "Aleppo city" and "the city of Aleppo" stay the city.
  const toProvince = (j: number): void => {
    const item = out[j];
    if (item && !/\s/u.test(body.slice(item.start, item.end)))
      out[j] = {
        ...item,
        entry: { ...item.entry, ids: item.entry.ids.map((id) => provinceOf[id] ?? id) },
      };
  };
  for (let i = 0; i < out.length; i++) {
    const head = out[i];
    if (!head) continue;
    const words = body.slice(head.start, head.end).toLowerCase().split(/\s+/u);
    const next = /^\s+(\p{L}+)/u.exec(body.slice(head.end, head.end + 30))?.[1] ?? '';
    const followed = listAfter.includes(next.toLowerCase());
    if (followed) toProvince(i);
    if (followed || listNouns.includes(words[words.length - 1] ?? '')) {
      for (let j = i - 1; j >= 0 && listGap(body, out[j] ?? head, out[j + 1] ?? head); j--)
        toProvince(j);
    }
    const before = body
      .slice(Math.max(0, head.start - 40), head.start)
      .toLowerCase()
      .replace(/\s+/gu, ' ');
    const bare = before.replace(linker.listAdjectives, ' ');
    if (listPrefixes.some((prefix) => bare.endsWith(`${prefix} `))) {
      toProvince(i);
      for (let j = i + 1; j < out.length && listGap(body, out[j - 1] ?? head, out[j] ?? head); j++)
        toProvince(j);
    }
  }
  // A list after "in" (or "towards", "into", "across") names places of one kind: where one of its
  // names is a province ("located in Idlib, Hama and Aleppo", "heading towards Idlib and
  // Aleppo", a bare "Idlib" being the province), so are the others. (Not
  // "roads between Idlib and Latakia": road ends are towns.)
  const { provinces } = linker;
  const isProvince = (m: Match | undefined): boolean =>
    m !== undefined && m.entry.ids.length > 0 && m.entry.ids.every((id) => provinces.has(id));
  const afterIn = (m: Match | undefined): boolean =>
    m !== undefined &&
    /(?:^|\s)(?:in|into|towards|toward|across|throughout)\s+$/iu.test(
      body.slice(Math.max(0, m.start - 12), m.start),
    );
  for (let first = 0, i = 1; i <= out.length; i++) {
    const left = out[i - 1];
    const right = out[i];
    if (left && right && listGap(body, left, right)) continue;
    if (i - first >= 2 && afterIn(out[first]) && out.slice(first, i).some(isProvince))
      for (let j = first; j < i; j++) toProvince(j);
    first = i;
  }
  return out;
}

/** A road verb's trigger ("This road connects …"), see `roadVerbSpans`. */
const VERB: AliasEntry = { ids: [], trigger: true, cues: [], consumes: false };

/**
 * Links the sentences of `body` to features.
 *
 * @param linker - Compiled rules, see `compileLinker`.
 * @param body - The article body.
 * @param sentences - Its sentences, see `segmentSentences`.
 * @returns Links in sentence order, then by position; one per feature and match.
 */
export function linkArticle(
  linker: Linker,
  body: string,
  sentences: readonly SentenceSpan[],
): SentenceLink[] {
  const all = [
    ...findAll(linker, body, normaliseForMatch(body)),
    ...findTranslit(linker.translitRoot, keyText(body)),
  ];
  const consumed = bySentence(longestFirst(all, body.length), sentences);
  const verbs = roadVerbSpans(linker.roadVerbs, body).map((span) => ({ ...span, entry: VERB }));
  const triggers = bySentence([...all.filter((m) => m.entry.trigger), ...verbs], sentences);
  const cues = bySentence(
    all.filter((m) => m.entry.cues.length > 0),
    sentences,
  );
  const links: SentenceLink[] = [];
  for (const [index, matches] of [...consumed].sort((a, b) => a[0] - b[0])) {
    const sentence = sentences[index];
    if (!sentence) continue;
    // The rules in order, each on the matches the one before left: names inside other names,
    // capitals as governments, towns as posts, newer posts; then lists, capitals by role and
    // roads; then the group rules.
    let placed = withoutSettlementNames(
      linker.settlementPrefix,
      linker.settlementSuffix,
      linker.places,
      body,
      matches,
    );
    placed = withoutRoadNameEnds(linker.roadNamePatterns, body, placed);
    placed = seatPlaces(linker.rules.seats, linker.cities, body, sentence.start, placed);
    placed = postPlaces(linker.rules.posts, linker.postPatterns, body, placed);
    placed = withoutNewPosts(linker.newPosts, linker.groups, body, placed);
    const { capitalPhrase, capitalOf } = linker;
    const listed = provinceLists(linker, body, placed);
    const found = yieldGroups(
      linker.groups,
      countedGroups(linker.groups, body, [
        ...provincialCapitals(capitalPhrase, capitalOf, body, sentence, listed),
        ...roadLinks(linker, triggers.get(index) ?? [], placed),
      ]),
    );
    const moves = new Map<string, string | undefined>();
    for (const cue of cues.get(index) ?? []) {
      for (const ruleIndex of cue.entry.cues) {
        const rule = linker.rules.retarget[ruleIndex];
        for (const from of rule?.from ?? []) if (rule) moves.set(from, rule.feature);
      }
    }
    const seen = new Set<string>();
    for (const match of found.sort((a, b) => a.start - b.start)) {
      for (const id of match.entry.ids) {
        const featureId = moves.has(id) ? moves.get(id) : id;
        if (featureId === undefined) continue;
        const key = `${featureId}:${match.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        links.push({
          sentenceIndex: index,
          featureId,
          start: match.start - sentence.start,
          end: match.end - sentence.start,
        });
      }
    }
  }
  return links;
}
