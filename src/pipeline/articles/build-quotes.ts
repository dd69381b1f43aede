/**
 * The articles step of `npm run data`: reads `geodata/articles/*.md` and
 * `geodata/feature-aliases.yaml`, links every sentence to the features and returns the quote
 * index and the features with their `quotes[]`.
 */
import { join } from 'node:path';
import type { AppFeatureCollection, QuoteIndex } from '../../types.js';
import type { LinkTarget } from '../../text/link-rules.js';
import { compileLinker } from '../../text/linker.js';
import { FEATURE_KINDS, isFeatureKind } from '../../domain/kinds.js';
import { attachQuotes, buildQuoteIndex } from '../../text/quote-index.js';
import { loadArticles } from './load-articles.js';
import { loadLinkRules } from './load-rules.js';

/** The link targets of a feature collection: id, kind and gazetteer names. */
export function linkTargets(collection: AppFeatureCollection): LinkTarget[] {
  return collection.features.map(({ properties: p }) => ({
    id: p.id,
    kind: p.kind,
    names:
      isFeatureKind(p.kind) && FEATURE_KINDS[p.kind].linkByName
        ? [p.name, ...(p.nameVariants ?? []), ...(p.nameAr ? [p.nameAr] : [])].filter(
            (name) => typeof name === 'string' && name.trim() !== '',
          )
        : [],
  }));
}

/** Where the articles step reads from, relative to the project root. */
export const ARTICLES_DIR = 'geodata/articles';
export const ALIASES_FILE = 'geodata/feature-aliases.yaml';

/**
 * Builds the quote index for `features` from the project at `root`.
 *
 * @returns The index (published as `quotes.json`), the features with their quotes, and a
 *   one-line summary for the build log.
 */
export function buildQuotes(
  root: string,
  features: AppFeatureCollection,
): { index: QuoteIndex; features: AppFeatureCollection; summary: string } {
  const targets = linkTargets(features);
  const rules = loadLinkRules(join(root, ALIASES_FILE), ALIASES_FILE, targets);
  const articles = loadArticles(join(root, ARTICLES_DIR), ARTICLES_DIR);
  const linker = compileLinker(targets, rules);
  const index = buildQuoteIndex(
    linker,
    articles.map(({ meta, body }) => ({ meta, body })),
    targets.map((t) => t.id),
  );
  const quotes = Object.values(index.byFeature).reduce((n, list) => n + list.length, 0);
  const quoted = Object.values(index.byFeature).filter((list) => list.length > 0).length;
  const sentences = Object.values(index.articles).reduce((n, a) => n + a.sentences.length, 0);
  const summary = `articles: ${articles.length} articles, ${sentences} sentences, ${quotes} quotes on ${quoted} of ${targets.length} features`;
  return { index, features: attachQuotes(features, index), summary };
}
