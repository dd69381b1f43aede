import { RIVERS_SOURCE } from '../rivers/build-rivers.js';
import { CITIES500_SOURCE } from '../places/cities500.js';
import type { ControlRow } from './tables.js';

/**
 * The credit each issue-14 layer owes, by the file it is published as: the text names the
 * source so the on-map credit line (`src/ui/credits.ts`, which matches "GSHHG" and "GeoNames")
 * can show it once the layer is drawn. Relief names cite a source per row (Wikipedia copies).
 */
export const LAYER_CREDITS = {
  'rivers.geojson': RIVERS_SOURCE,
  'places.geojson': CITIES500_SOURCE,
  'relief.geojson':
    'Wikipedia article coordinates (CC BY-SA 4.0), one source per row of geodata/relief-names.csv',
} as const;

/** Credit lines for the coordinate sources used by the control rows, one per family. */
export function controlSourceCredits(rows: readonly ControlRow[]): string[] {
  const families = new Set<string>();
  for (const row of rows) {
    const source = row.coordSource;
    if (source.startsWith('Position of op-'))
      families.add('Observation-post positions, geodata/observation-posts.csv (see each post)');
    else if (/GeoNames/i.test(source)) families.add('GeoNames (CC BY 4.0)');
    else if (/OSM|OpenStreetMap/i.test(source))
      families.add('© OpenStreetMap contributors (ODbL), via HOTOSM populated places');
    else if (/Pedersen|ANE Site/i.test(source))
      families.add('ANE Site Placemarks v10, O. Pedersen, doi:10.5281/zenodo.6384045 (CC BY 4.0)');
    else if (/Wikipedia/i.test(source))
      families.add('Wikipedia infobox coordinates (CC BY-SA 4.0)');
    else families.add(source);
  }
  return [...families].sort();
}
