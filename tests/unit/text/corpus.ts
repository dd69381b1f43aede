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

export function projectArticles(): LoadedArticle[] {
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

/**
 * The second held-out set (032–039, `held-out-2.json`): scored against its own gold labels
 * (`gold-held-out-2.json`), so the 2018–21 scorings leave it out.
 */
export function secondHeldOut(): Set<string> {
  return heldOutSet('held-out-2.json');
}

/**
 * The third held-out set (040–047, `held-out-3.json`): scored against its own gold labels
 * (`gold-held-out-3.json`), so the 2018–21 scorings leave it out too.
 */
export function thirdHeldOut(): Set<string> {
  return heldOutSet('held-out-3.json');
}

/**
 * The fourth held-out set (048–055, `held-out-4.json`): scored against its own gold labels
 * (`gold-held-out-4.json`), so the 2018–21 scorings leave it out too.
 */
export function fourthHeldOut(): Set<string> {
  return heldOutSet('held-out-4.json');
}

/**
 * The fifth held-out set (056–063, `held-out-5.json`): scored against its own gold labels
 * (`gold-held-out-5.json`), so the 2018–21 scorings leave it out too.
 */
export function fifthHeldOut(): Set<string> {
  return heldOutSet('held-out-5.json');
}

/**
 * The sixth held-out set (064–071, `held-out-6.json`): scored against its own gold labels
 * (`gold-held-out-6.json`), so the 2018–21 scorings leave it out too.
 */
export function sixthHeldOut(): Set<string> {
  return heldOutSet('held-out-6.json');
}

/**
 * The held-out sets after the 2018–21 corpus (032–039, 040–047, 048–055, 056–063 and 064–071),
 * each with its own gold labels.
 */
export function laterHeldOut(): Set<string> {
  return new Set([
    ...secondHeldOut(),
    ...thirdHeldOut(),
    ...fourthHeldOut(),
    ...fifthHeldOut(),
    ...sixthHeldOut(),
  ]);
}

function heldOutSet(name: string): Set<string> {
  const file = join(root, 'tests/fixtures/quotes', name);
  return new Set((JSON.parse(readFileSync(file, 'utf8')) as { articles: string[] }).articles);
}

/** Observation posts quoted by a sentence about them, not only about the posts as a group. */
export function postsQuotedSpecifically(index: QuoteIndex, postIds: readonly string[]): string[] {
  const sentencesOf = (id: string): Set<string> =>
    new Set((index.byFeature[id] ?? []).map((q) => `${q.articleId}#${q.sentenceIndex}`));
  const all = postIds.map(sentencesOf);
  const group = [...(all[0] ?? [])].filter((key) => all.every((set) => set.has(key)));
  return postIds.filter((_, i) => [...(all[i] ?? [])].some((key) => !group.includes(key)));
}
