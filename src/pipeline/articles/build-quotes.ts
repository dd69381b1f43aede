/**
 * The articles step of `npm run data`: reads `geodata/articles/*.md` and
 * `geodata/feature-aliases.yaml`, links every sentence to the features and returns the quote
 * index and the features with their `quotes[]`.
 */
import { join } from 'node:path';
import type { AppFeatureCollection, QuoteIndex } from '../../types.js';
import type { LinkRules } from '../../text/link-rules.js';
import { linkTargets } from '../../text/link-targets.js';
import { compileLinker } from '../../text/linker.js';
import { attachQuotes, buildQuoteIndex } from '../../text/quote-index.js';
import { loadArticles } from './load-articles.js';
import { loadLinkRules } from './load-rules.js';
import { checkOverrideTargets } from './link-overrides.js';

export { linkTargets };

/** Where the articles step reads from, relative to the project root. */
export const ARTICLES_DIR = 'geodata/articles';
export const ALIASES_FILE = 'geodata/feature-aliases.yaml';

/**
 * Builds the quote index for `features` from the project at `root`.
 *
 * @returns The index (published as `quotes.json`), the features with their quotes, the checked
 *   link rules (published as `link-rules.json`, for the browser's "Add an article") and a
 *   one-line summary for the build log.
 */
export function buildQuotes(
  root: string,
  features: AppFeatureCollection,
): { index: QuoteIndex; features: AppFeatureCollection; rules: LinkRules; summary: string } {
  const targets = linkTargets(features);
  const rules = loadLinkRules(join(root, ALIASES_FILE), ALIASES_FILE, targets);
  const articles = loadArticles(join(root, ARTICLES_DIR), ARTICLES_DIR);
  checkOverrideTargets(articles, targets);
  const linker = compileLinker(targets, rules);
  const index = buildQuoteIndex(
    linker,
    articles.map(({ meta, body, links }) => (links ? { meta, body, links } : { meta, body })),
    targets.map((t) => t.id),
  );
  const quotes = Object.values(index.byFeature).reduce((n, list) => n + list.length, 0);
  const quoted = Object.values(index.byFeature).filter((list) => list.length > 0).length;
  const sentences = Object.values(index.articles).reduce((n, a) => n + a.sentences.length, 0);
  const summary = `articles: ${articles.length} articles, ${sentences} sentences, ${quotes} quotes on ${quoted} of ${targets.length} features`;
  return { index, features: attachQuotes(features, index), rules, summary };
}
