/**
 * The app's own lighter copies of two published files, so the first view fetches only what it
 * draws (the published files stay whole: they are the downloadable data):
 * - `map-features.geojson`: the features without their quote texts, each with `quoteCount`
 *   (the list shows counts at once; the quotes arrive with `quotes.json`);
 * - `territory-first.geojson`: the territory of the first interval (17 Sep 2018) only; the
 *   series in `territory.geojson` loads when the timeline leaves that day.
 * Pure; inputs are not changed.
 */
import type { FeatureCollection } from 'geojson';
import { validOnDay } from '../geo/dated.js';
import type { AppFeatureCollection } from '../types.js';

/** The features with `quotes: []` and a `quoteCount`. */
export function mapFeatures(collection: AppFeatureCollection): AppFeatureCollection {
  return {
    ...collection,
    features: collection.features.map((f) => ({
      ...f,
      properties: { ...f.properties, quotes: [], quoteCount: f.properties.quotes.length },
    })),
  };
}

/** The territory features valid on `day` (ISO): validFrom ≤ day < validTo. */
export function territoryOn(territory: FeatureCollection, day: string): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: territory.features.filter((f) => validOnDay(f.properties, day)),
  };
}
