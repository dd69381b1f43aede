/**
 * Extends a quote index with articles added in the browser, and takes them out again. Pure: each
 * call returns a new index and leaves its input as it was.
 */
import type { PublishedArticle, QuoteIndex } from '../../types.js';
import { quotesOfArticle } from '../../text/quote-index.js';

/**
 * `index` with `articles` added (marked {@link PublishedArticle.addedOnDevice}) after its own;
 * an added article with the id of one already added replaces it. Quotes of features that
 * `index` does not list are dropped (the map has no such place).
 */
export function withArticles(index: QuoteIndex, articles: readonly PublishedArticle[]): QuoteIndex {
  const ids = new Set(articles.map((a) => a.meta.id));
  const base = withoutArticles(index, ids);
  const next: QuoteIndex = {
    articles: { ...base.articles },
    byFeature: Object.fromEntries(Object.entries(base.byFeature).map(([k, v]) => [k, [...v]])),
  };
  for (const article of articles) {
    next.articles[article.meta.id] = { ...article, addedOnDevice: true };
    for (const [featureId, quotes] of quotesOfArticle(article)) {
      next.byFeature[featureId]?.push(...quotes);
    }
  }
  return next;
}

/** `index` without the articles `ids` and their quotes. */
export function withoutArticles(index: QuoteIndex, ids: ReadonlySet<string>): QuoteIndex {
  if (![...ids].some((id) => Object.hasOwn(index.articles, id))) return index;
  return {
    articles: Object.fromEntries(Object.entries(index.articles).filter(([id]) => !ids.has(id))),
    byFeature: Object.fromEntries(
      Object.entries(index.byFeature).map(([k, v]) => [k, v.filter((q) => !ids.has(q.articleId))]),
    ),
  };
}
