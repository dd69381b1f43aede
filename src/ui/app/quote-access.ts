/**
 * Reading the quote index safely: by own keys only (a feature or article id from a link must
 * never find a built-in such as `constructor`), and before the index has loaded.
 */
import type { AppFeature, PublishedArticle, Quote, QuoteIndex } from '../../types.js';

/** The quotes about a feature (`[]` for none, or before the index loaded). */
export function quotesOf(quotes: QuoteIndex, featureId: string): readonly Quote[] {
  return Object.hasOwn(quotes.byFeature, featureId) ? (quotes.byFeature[featureId] ?? []) : [];
}

/** An article by id, or `undefined`. */
export function articleOf(quotes: QuoteIndex, articleId: string): PublishedArticle | undefined {
  return Object.hasOwn(quotes.articles, articleId) ? quotes.articles[articleId] : undefined;
}

/**
 * How many quotes a feature has: from the index once loaded, else the count the first-view
 * features carry (`quoteCount`).
 */
export function quoteCountOf(quotes: QuoteIndex, ready: boolean, feature: AppFeature): number {
  if (ready) return quotesOf(quotes, feature.properties.id).length;
  const count = feature.properties['quoteCount'];
  return typeof count === 'number' ? count : feature.properties.quotes.length;
}

/** An empty index: the stand-in until `quotes.json` has loaded. */
export const NO_QUOTES: QuoteIndex = { articles: {}, byFeature: {} };
