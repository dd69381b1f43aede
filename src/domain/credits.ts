/**
 * Which data credits the map owes, from the sources its features name. Pure, so the build can
 * write the on-map credit line into the page (`vite.config.ts`) before any script runs.
 */

/** The part of a feature the credits read. */
export interface FeatureWithSources {
  properties: { provenance: { sources: readonly string[] } };
}

/** The on-map credit line's separator, shared by the page the build writes and the app. */
export const CREDIT_SEPARATOR = ' · ';

/** Data credits that apply when any feature's sources mention them. */
const DATA_CREDITS: { test: RegExp; text: string }[] = [
  { test: /natural earth/i, text: 'Natural Earth (public domain)' },
  { test: /geonames/i, text: 'GeoNames (CC BY 4.0)' },
  { test: /openstreetmap|\bosm\b/i, text: '© OpenStreetMap contributors (ODbL)' },
  { test: /pedersen|ane site/i, text: 'ANE Site Placemarks, O. Pedersen (CC BY 4.0)' },
  { test: /wikipedia/i, text: 'Wikipedia (CC BY-SA 4.0)' },
  { test: /gshhg|wdbii/i, text: 'GSHHG, P. Wessel and W. H. F. Smith (LGPL-3+)' },
];

/** The data credits that apply to `features`; Natural Earth always (the basemap). */
export function dataCredits(features: readonly FeatureWithSources[]): string[] {
  const sources = features.flatMap((f) => f.properties.provenance.sources).join('\n');
  return DATA_CREDITS.filter((c, i) => i === 0 || c.test.test(sources)).map((c) => c.text);
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/**
 * The on-map credit line as the build writes it into the page: the same text and button
 * `mountAttribution` puts there, so the line shows with the first paint and its later
 * replacement moves nothing.
 */
export function creditLineHtml(features: readonly FeatureWithSources[]): string {
  const text = escapeHtml(dataCredits(features).join(CREDIT_SEPARATOR) + CREDIT_SEPARATOR);
  return `${text}<button type="button" class="link-button">Credits</button>`;
}
