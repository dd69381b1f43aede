/**
 * Credits: Natural Earth, GeoNames, OpenStreetMap contributors (only where points from it are
 * shown), other coordinate sources, and the outlets of the quoted articles.
 */
import type { AppContext } from './app-context.js';
import { button, el } from './dom.js';
import { CREDIT_SEPARATOR, dataCredits } from '../../domain/credits.js';
import { inertText } from './text.js';

/** The outlets of the quoted articles, as "Outlet (first published by X)". */
export function outletCredits(ctx: AppContext): string[] {
  const outlets = new Set<string>();
  for (const article of Object.values(ctx.quotes.articles)) {
    const { outlet, originalOutlet } = article.meta;
    outlets.add(
      originalOutlet && originalOutlet !== outlet
        ? `${outlet} (first published by ${originalOutlet})`
        : outlet,
    );
  }
  return [...outlets].sort();
}

/** Fills the credits section and the short attribution line on the map. */
export function mountAttribution(ctx: AppContext, credits: HTMLElement, onMap: HTMLElement): void {
  const data = dataCredits(ctx.features);
  const heading = el('h2', { id: 'credits-heading', tabindex: -1 }, 'Credits');
  const outlets = el('p', {});
  const showOutlets = () =>
    outlets.replaceChildren(
      'Quotes from: ',
      ctx.quotesReady ? outletCredits(ctx).map(inertText).join('; ') : 'the articles (loading)',
      '.',
    );
  showOutlets();
  ctx.on('quotes', showOutlets);
  credits.append(heading, el('p', {}, 'Map data: ', data.join('; '), '.'), outlets);
  const showCredits = () => heading.focus();
  const text = data.join(CREDIT_SEPARATOR) + CREDIT_SEPARATOR;
  const written = onMap.querySelector('button');
  // The build wrote this line into the page (vite.config.ts): keep its text, which repainted
  // would count as a new largest paint, and give its button the action.
  if (written && onMap.textContent === `${text}${written.textContent ?? ''}`) {
    written.addEventListener('click', showCredits);
    return;
  }
  onMap.replaceChildren(text, button('Credits', showCredits, { class: 'link-button' }));
}
