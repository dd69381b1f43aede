/**
 * Resolves the teaching content's quote references against the quote index and renders them:
 * the sentence verbatim (from the article body), its outlet and date. Text goes in as text nodes.
 */
import type { QuoteRef } from '../../content/story-types.js';
import type { PublishedArticle, QuoteIndex } from '../../types.js';
import { el } from '../app/dom.js';
import { formatDate, inertText } from '../app/text.js';

/** A quote reference resolved to its sentence. */
export interface ResolvedQuote {
  ref: QuoteRef;
  text: string;
  article: PublishedArticle;
}

/** The sentence a reference points at, or `null` when the index lacks it. */
export function resolveQuote(quotes: QuoteIndex, ref: QuoteRef): ResolvedQuote | null {
  const article = quotes.articles[ref.articleId];
  const span = article?.sentences[ref.sentenceIndex];
  if (!article || !span) return null;
  return { ref, text: article.body.slice(span.start, span.end), article };
}

/** "Outlet (first published by X), 17 Sep 2018 (date inferred)". */
export function citation(article: PublishedArticle): string {
  const { outlet, originalOutlet, date, dateInferred } = article.meta;
  const by =
    originalOutlet && originalOutlet !== outlet ? ` (first published by ${originalOutlet})` : '';
  return `${outlet}${by}, ${formatDate(date)}${dateInferred ? ' (date inferred)' : ''}`;
}

/** Renders resolved quotes as a list of `<blockquote>`s with their citations. */
export function quoteList(quotes: QuoteIndex, refs: readonly QuoteRef[]): HTMLElement {
  const list = el('ul', { class: 'teacher-quotes' });
  for (const ref of refs) {
    const quote = resolveQuote(quotes, ref);
    if (!quote) continue;
    list.append(
      el(
        'li',
        {},
        el('blockquote', {}, el('p', {}, `“${inertText(quote.text.trim())}”`)),
        el('p', { class: 'teacher-cite' }, `— ${citation(quote.article)}`),
      ),
    );
  }
  return list;
}
