/**
 * Credits: Natural Earth, GeoNames, OpenStreetMap contributors (only where points from it are
 * shown), other coordinate sources, and the outlets of the quoted articles.
 */
import type { AppContext } from './app-context.js';
import { button, el } from './dom.js';
import { inertText } from './text.js';

/** Data credits that apply when any feature's sources mention them. */
const DATA_CREDITS: { test: RegExp; text: string }[] = [
  { test: /natural earth/i, text: 'Natural Earth (public domain)' },
  { test: /geonames/i, text: 'GeoNames (CC BY 4.0)' },
  { test: /openstreetmap|\bosm\b/i, text: '© OpenStreetMap contributors (ODbL)' },
  { test: /pedersen|ane site/i, text: 'ANE Site Placemarks, O. Pedersen (CC BY 4.0)' },
  { test: /wikipedia/i, text: 'Wikipedia (CC BY-SA 4.0)' },
];

/** The data credits that apply to the features shown; Natural Earth always (the basemap). */
export function dataCredits(ctx: AppContext): string[] {
  const sources = ctx.features.flatMap((f) => f.properties.provenance.sources).join('\n');
  return DATA_CREDITS.filter((c, i) => i === 0 || c.test.test(sources)).map((c) => c.text);
}

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
  const data = dataCredits(ctx);
  const heading = el('h2', { id: 'credits-heading', tabindex: -1 }, 'Credits');
  credits.append(
    heading,
    el('p', {}, 'Map data: ', data.join('; '), '.'),
    el('p', {}, 'Quotes from: ', outletCredits(ctx).map(inertText).join('; '), '.'),
  );
  onMap.append(
    data.join(' · '),
    ' · ',
    button('Credits', () => heading.focus(), { class: 'link-button' }),
  );
}
