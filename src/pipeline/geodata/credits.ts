import type { ControlRow } from './tables.js';

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
