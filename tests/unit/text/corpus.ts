/**
 * Shared setup for the article tests: the project's articles and rules, linked against the
 * fixture link targets, and scoring against the gold labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles, type LoadedArticle } from '../../../src/pipeline/articles/load-articles.js';
import { loadLinkRules } from '../../../src/pipeline/articles/load-rules.js';
import type { LinkRules, LinkTarget } from '../../../src/text/link-rules.js';
import { compileLinker, type Linker } from '../../../src/text/linker.js';
import type { QuoteIndex } from '../../../src/types.js';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Stand-in link targets shaped like the published features. */
export function fixtureTargets(): LinkTarget[] {
  const json = JSON.parse(
    readFileSync(join(root, 'tests/fixtures/quotes/targets.json'), 'utf8'),
  ) as { targets: LinkTarget[] };
  return json.targets;
}

/** The project's linking rules, checked against `targets`. */
export function projectRules(targets: readonly LinkTarget[]): LinkRules {
  const file = 'geodata/feature-aliases.yaml';
  return loadLinkRules(join(root, file), file, targets);
}

export function fixtureLinker(): Linker {
  const targets = fixtureTargets();
  return compileLinker(targets, projectRules(targets));
}

/**
 * The project's articles as the linker sees them: without the reviewers' `links:` corrections, so
 * that the scores measure the linker, not the review.
 */
export function projectArticles(): LoadedArticle[] {
  return reviewedArticles().map((article) => {
    const unreviewed = { ...article };
    delete unreviewed.links;
    return unreviewed;
  });
}

/** The project's articles as published: the linker's links with the reviewers' corrections. */
export function reviewedArticles(): LoadedArticle[] {
  return loadArticles(join(root, 'geodata/articles'), 'geodata/articles');
}

/** One gold label: the sentence of `article` that contains `sentence` links to `features`. */
export interface GoldSentence {
  article: string;
  sentence: string;
  features: string[];
}

export function goldLabels(): GoldSentence[] {
  const json = JSON.parse(readFileSync(join(root, 'tests/fixtures/quotes/gold.json'), 'utf8')) as {
    sentences: GoldSentence[];
  };
  return json.sentences;
}

/** Precision and recall of (article, sentence, feature) links against the gold labels. */
export interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
  /** Gold snippets that matched no sentence, or several. */
  unmatched: string[];
}

/**
 * Scores the quote index against `gold`; with `articles`, only the links of those articles count
 * (the articles the gold labels cover).
 */
export function scoreAgainstGold(
  index: QuoteIndex,
  gold: readonly GoldSentence[],
  articles?: ReadonlySet<string>,
): Score {
  const expected = new Set<string>();
  const unmatched: string[] = [];
  for (const label of gold) {
    const article = index.articles[label.article];
    const hits = (article?.sentences ?? []).flatMap((span, i) =>
      article?.body.slice(span.start, span.end).includes(label.sentence) ? [i] : [],
    );
    if (hits.length !== 1) {
      unmatched.push(`${label.article}: "${label.sentence}" in ${hits.length} sentences`);
      continue;
    }
    for (const feature of label.features) expected.add(`${label.article}#${hits[0]}:${feature}`);
  }
  const predicted = new Set<string>();
  for (const [featureId, quotes] of Object.entries(index.byFeature)) {
    for (const quote of quotes)
      if (!articles || articles.has(quote.articleId))
        predicted.add(`${quote.articleId}#${quote.sentenceIndex}:${featureId}`);
  }
  const truePositives = [...predicted].filter((key) => expected.has(key)).length;
  const describe = (key: string): string => {
    const [where = '', feature] = key.split(':');
    const [id = '', i = '0'] = where.split('#');
    const span = index.articles[id]?.sentences[Number(i)];
    const text = span ? index.articles[id]?.body.slice(span.start, span.start + 60) : '?';
    return `${feature} ← ${id}#${i} "${text}…"`;
  };
  return {
    precision: predicted.size === 0 ? 0 : truePositives / predicted.size,
    recall: expected.size === 0 ? 0 : truePositives / expected.size,
    truePositives,
    falsePositives: [...predicted].filter((key) => !expected.has(key)).map(describe),
    falseNegatives: [...expected].filter((key) => !predicted.has(key)).map(describe),
    unmatched,
  };
}

/** Features the brief says must have at least one quote (besides every observation post). */
export const REQUIRED_QUOTED_IDS = [
  'idlib-province',
  'dmz-15km',
  'dmz-20km',
  'm4',
  'm5',
  'city-aleppo',
  'city-latakia',
  'city-hama',
  // Every town of geodata/cities.csv, quoted by the 2018–21 corpus.
  'city-idlib',
  'city-damascus',
  'city-saraqib',
  'city-jisr-al-shughur',
  'city-ariha',
  'city-maarat-al-numan',
  'city-khan-shaykhun',
  'city-morek',
];

/** Gold labels of the 2018–21 corpus (articles 005–031). */
export function offensiveGold(): GoldSentence[] {
  const file = join(root, 'tests/fixtures/quotes/gold-offensives.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { sentences: GoldSentence[] }).sentences;
}

/** What a round's test requires (`check` in its `held-out-N.json`). */
export interface RoundCheck {
  /** Whether rules were written from the round after its first, untuned, score. */
  tuned: boolean;
  minRecall: number;
  /** Wrong links allowed, as "feature ← article#sentence"; any other fails. */
  knownErrors: string[];
  why: string;
}

/** One round of the held-out protocol (`geodata/articles/README.md`, "The held-out sets"). */
export interface HeldOutRound {
  round: number;
  articles: Set<string>;
  gold: GoldSentence[];
  check: RoundCheck;
  /** Articles with no sentence to link by the criteria: they only test for wrong links. */
  unlabelled: Set<string>;
}

/** The rounds after the first held-out set (`held-out-2.json` … `held-out-37.json`). */
export const LATER_ROUNDS = [
  2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
  28, 29, 30, 31, 32, 33, 34, 35, 36, 37,
] as const;

export function heldOutRound(round: number): HeldOutRound {
  const read = <T>(name: string): T =>
    JSON.parse(readFileSync(join(root, 'tests/fixtures/quotes', name), 'utf8')) as T;
  const set = read<{ articles: string[]; check: RoundCheck; unlabelled?: string[] }>(
    `held-out-${round}.json`,
  );
  const gold = read<{ sentences: GoldSentence[] }>(`gold-held-out-${round}.json`).sentences;
  const unlabelled = new Set(set.unlabelled ?? []);
  return { round, articles: new Set(set.articles), gold, check: set.check, unlabelled };
}

/** Every article of the later rounds: scored against their own gold labels, so the 2018–21
 * scorings leave them out. */
export function laterHeldOut(): Set<string> {
  return new Set(LATER_ROUNDS.flatMap((round) => [...heldOutRound(round).articles]));
}

/** Observation posts quoted by a sentence about them, not only about the posts as a group. */
export function postsQuotedSpecifically(index: QuoteIndex, postIds: readonly string[]): string[] {
  const sentencesOf = (id: string): Set<string> =>
    new Set((index.byFeature[id] ?? []).map((q) => `${q.articleId}#${q.sentenceIndex}`));
  const all = postIds.map(sentencesOf);
  const group = [...(all[0] ?? [])].filter((key) => all.every((set) => set.has(key)));
  return postIds.filter((_, i) => [...(all[i] ?? [])].some((key) => !group.includes(key)));
}
