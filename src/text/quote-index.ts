/**
 * Builds the quote index: every article's sentences and links, and verbatim quotes per
 * feature. Pure; usable in the browser.
 */
import type { ArticleMeta, PublishedArticle, Quote, QuoteIndex } from '../types.js';
import { linkArticle } from './link-article.js';
import type { Linker } from './linker.js';
import { applyLinkOverrides, type LinkOverride } from './link-overrides.js';
import { segmentSentences } from './segment.js';

/** An article as the pipeline reads it. */
export interface ArticleSource {
  meta: ArticleMeta;
  body: string;
  /** The reviewer's changes to the linker's links (front matter `links:`), applied after it. */
  links?: readonly LinkOverride[];
}

/** Segments and links one article. */
export function publishArticle(linker: Linker, article: ArticleSource): PublishedArticle {
  const sentences = segmentSentences(article.body, article.meta.language);
  const until = linker.rules.mentionsUntil ?? {};
  const proposed = linkArticle(linker, article.body, sentences).filter(
    (link) => !(article.meta.date > (until[link.featureId] ?? article.meta.date)),
  );
  const links = article.links ? applyLinkOverrides(proposed, sentences, article.links) : proposed;
  return { meta: article.meta, body: article.body, sentences, links };
}

/** The quotes of one article, one per feature and sentence (its first link there). */
export function quotesOfArticle(article: PublishedArticle): Map<string, Quote[]> {
  const byFeature = new Map<string, Quote[]>();
  const seen = new Set<string>();
  for (const link of article.links) {
    const key = `${link.featureId}:${link.sentenceIndex}`;
    const span = article.sentences[link.sentenceIndex];
    if (seen.has(key) || !span) continue;
    seen.add(key);
    const text = article.body.slice(span.start, span.end);
    const list = byFeature.get(link.featureId) ?? [];
    list.push({
      articleId: article.meta.id,
      sentenceIndex: link.sentenceIndex,
      text,
      start: link.start,
      end: link.end,
      match: text.slice(link.start, link.end),
    });
    byFeature.set(link.featureId, list);
  }
  return byFeature;
}

/**
 * Builds the {@link QuoteIndex}. Quotes are one per feature and sentence (the first match in
 * it), in article order (as given) then sentence order; every feature id in `featureIds` has
 * an entry, empty when nothing quotes it.
 */
export function buildQuoteIndex(
  linker: Linker,
  articles: readonly ArticleSource[],
  featureIds: readonly string[],
): QuoteIndex {
  const index: QuoteIndex = { articles: {}, byFeature: {} };
  for (const id of featureIds) index.byFeature[id] = [];
  for (const article of articles) {
    const published = publishArticle(linker, article);
    index.articles[article.meta.id] = published;
    for (const [featureId, quotes] of quotesOfArticle(published))
      (index.byFeature[featureId] ??= []).push(...quotes);
  }
  return index;
}

/** A copy of `collection` whose features carry their quotes from `index`. */
export function attachQuotes<
  C extends { features: { properties: { id: string; quotes: Quote[] } }[] },
>(collection: C, index: QuoteIndex): C {
  return {
    ...collection,
    features: collection.features.map((feature) => ({
      ...feature,
      properties: { ...feature.properties, quotes: index.byFeature[feature.properties.id] ?? [] },
    })),
  };
}
