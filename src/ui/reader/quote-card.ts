/**
 * The popup's content for one feature: name, description, quotes with outlet, date and headline,
 * "N more", "Read in context", and "How this was drawn". Built from DOM nodes only; used in the
 * docked popup on desktop and in the bottom sheet on phones, with or without the map.
 */
import { articleOf, quoteCountOf, quotesOf } from '../app/quote-access.js';
import { MAP_START } from '../../map/layers/dated.js';
import { postHistory } from './post-history.js';
import type { AppFeature, Quote, QuoteIndex } from '../../types.js';
import { append, button, el } from '../app/dom.js';
import { KIND_NOUN } from './feature-order.js';
import { formatDate, inertText, plural } from '../app/text.js';

/** How many quotes show before "N more". */
export const QUOTES_SHOWN = 2;

/** Callbacks of {@link quoteCard}. */
export interface QuoteCardActions {
  /** "Read in context" on a quote. */
  readInContext(quote: Quote, opener: HTMLElement): void;
}

/** The mark of an article a reader added in this browser (not one of the published articles). */
export function addedLabel(): HTMLElement {
  return el('span', { class: 'added-label' }, 'Added on this device');
}

/** A quote as a figure: “sentence” with the place name marked, then outlet, date, headline. */
export function quoteFigure(quote: Quote, quotes: QuoteIndex): HTMLElement {
  const meta = articleOf(quotes, quote.articleId)?.meta;
  const text = quote.text;
  const start = Math.max(0, Math.min(text.length, quote.start));
  const end = Math.max(start, Math.min(text.length, quote.end));
  const sentence = el(
    'p',
    { class: 'quote-text', dir: 'auto' },
    '\u201c',
    inertText(text.slice(0, start)),
    el('mark', {}, inertText(text.slice(start, end))),
    inertText(text.slice(end)),
    '\u201d',
  );
  const cite = el('figcaption', { class: 'quote-source' });
  if (meta) {
    append(
      cite,
      el('span', { class: 'outlet' }, inertText(meta.outlet)),
      ', ',
      el('time', { datetime: meta.date }, formatDate(meta.date)),
      meta.dateInferred ? el('span', { class: 'inferred' }, ' (date inferred)') : null,
      ': ',
      el('cite', {}, inertText(meta.headline)),
      quotes.articles[quote.articleId]?.addedOnDevice ? addedLabel() : null,
    );
  } else cite.append('Source article missing');
  return el('figure', { class: 'quote' }, el('blockquote', {}, sentence), cite);
}

/** "How this was drawn": method, sources, accuracy in plain words. */
export function provenanceDetails(feature: AppFeature): HTMLDetailsElement {
  const { provenance } = feature.properties;
  const km = provenance.accuracyKm;
  const accuracy = `Probably within about ${km < 1 ? km.toFixed(1) : Math.round(km)} km of the true position; treat it as approximate. This figure is an estimate from the method, not measured against surveyed positions.`;
  const extras: string[] = [];
  const quality = feature.properties['coordQuality'];
  if (typeof quality === 'string') extras.push(`Position quality: ${quality}.`);
  if (feature.properties['schematic'] === true) {
    extras.push(
      'Schematic: the road is drawn through the towns it passes, not along its surveyed course.',
    );
  }
  return el(
    'details',
    { class: 'provenance' },
    el('summary', {}, 'How this was drawn'),
    el(
      'dl',
      {},
      el('dt', {}, 'Method'),
      el('dd', {}, inertText(provenance.method)),
      el('dt', {}, 'Sources'),
      el('dd', {}, el('ul', {}, ...provenance.sources.map((s) => el('li', {}, inertText(s))))),
      el('dt', {}, 'Accuracy'),
      el('dd', {}, accuracy, ...extras.map((e) => el('span', { class: 'extra' }, ` ${e}`))),
    ),
  );
}

function quoteItem(quote: Quote, quotes: QuoteIndex, actions: QuoteCardActions): HTMLLIElement {
  const read = button('Read in context', () => actions.readInContext(quote, read), {
    class: 'read-context',
    'data-article': quote.articleId,
    'data-sentence': quote.sentenceIndex,
  });
  return el('li', {}, quoteFigure(quote, quotes), read);
}

/** Builds the card; `headingId` labels the popup region. */
export function quoteCard(
  feature: AppFeature,
  quotes: QuoteIndex,
  actions: QuoteCardActions,
  headingId: string,
  ready = true,
  day = MAP_START,
): HTMLElement {
  const p = feature.properties;
  const featureQuotes = quotesOf(quotes, p.id);
  const waiting = quoteCountOf(quotes, ready, feature);
  const list = el('ol', { class: 'quotes' });
  featureQuotes.slice(0, QUOTES_SHOWN).forEach((q) => list.append(quoteItem(q, quotes, actions)));
  const rest = featureQuotes.slice(QUOTES_SHOWN);
  const more = rest.length
    ? button(
        `${plural(rest.length, 'more quote', 'more quotes')}`,
        () => {
          const first = quoteItem(rest[0] as Quote, quotes, actions);
          list.append(first, ...rest.slice(1).map((q) => quoteItem(q, quotes, actions)));
          more?.remove();
          first.querySelector('button')?.focus();
        },
        {
          class: 'more-quotes',
          'aria-label': `Show ${plural(rest.length, 'more quote', 'more quotes')}`,
        },
      )
    : null;
  const variants = (p.nameVariants ?? []).filter((v) => v.trim() && v !== p.name);
  return el(
    'article',
    { class: 'card', 'data-feature-id': p.id },
    el('h2', { id: headingId, class: 'card-title', tabindex: -1 }, inertText(p.name)),
    el(
      'p',
      { class: 'card-kind' },
      KIND_NOUN[p.kind] ?? p.kind,
      p.nameAr ? ' · ' : null,
      p.nameAr ? el('span', { lang: 'ar', dir: 'rtl' }, inertText(p.nameAr)) : null,
      variants.length ? ` · also ${inertText(variants.join(', '))}` : null,
    ),
    el('p', { class: 'card-description' }, inertText(p.description)),
    postHistory(feature, day),
    !ready && waiting
      ? el(
          'p',
          { class: 'quotes-loading', role: 'status' },
          `Loading the ${plural(waiting, 'quote', 'quotes')}…`,
        )
      : featureQuotes.length
        ? el('h3', {}, `In the articles (${featureQuotes.length})`)
        : el('p', { class: 'no-quotes' }, 'No article in this collection names this place.'),
    featureQuotes.length ? list : null,
    more,
    provenanceDetails(feature),
  );
}
