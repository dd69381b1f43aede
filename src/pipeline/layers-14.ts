/**
 * The issue-14 layers: rivers (GSHHG), relief names (`geodata/relief-names.csv`) and places
 * (GeoNames cities500), plus the Arabic names the settlements take from cities500.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { loadGazetteer } from './geodata/gazetteer.js';
import { RELIEF_TABLE, loadRelief, reliefCollection, reliefSummary } from './geodata/relief.js';
import { readTable } from './geodata/tables.js';
import { arabicNames, loadSyriaCities500 } from './places/cities500.js';
import { placesCollection, placesInArea, placesSummary } from './places/places.js';
import { buildRivers } from './rivers/build-rivers.js';

/** The published files, by name in `public/data/`. */
export const LAYER_FILES = {
  rivers: 'rivers.geojson',
  relief: 'relief.geojson',
  places: 'places.geojson',
} as const;

/** Builds the three layers; `arabicNames` maps every Syrian cities500 id to its Arabic name. */
export function buildLayers14(root: string) {
  const syria = loadSyriaCities500();
  const rivers = buildRivers(root, loadGazetteer());
  const reliefRows = loadRelief(readTable(root, RELIEF_TABLE));
  const places = placesCollection(placesInArea(syria));
  return {
    arabicNames: arabicNames(syria),
    outputs: [
      { file: LAYER_FILES.rivers, data: rivers.collection },
      { file: LAYER_FILES.relief, data: reliefCollection(reliefRows) },
      { file: LAYER_FILES.places, data: places },
    ],
    summary: [rivers.summary, reliefSummary(reliefRows), placesSummary(places)].join('\n'),
  };
}

/**
 * The settlements with `nameAr` (after `name`) from `names` where the row has a `geonamesId`
 * GeoNames gives an Arabic name for; the others as they were.
 */
export function withArabicNames(
  settlements: FeatureCollection<Point>,
  names: ReadonlyMap<number, string>,
): FeatureCollection<Point> {
  const named = (f: Feature<Point>): Feature<Point> => {
    const id = f.properties?.['geonamesId'];
    const nameAr = typeof id === 'number' ? names.get(id) : undefined;
    if (!nameAr) return f;
    const entries = Object.entries(f.properties ?? {}).flatMap(([key, value]) =>
      key === 'name'
        ? [[key, value] as const, ['nameAr', nameAr] as const]
        : [[key, value] as const],
    );
    return { ...f, properties: Object.fromEntries(entries) };
  };
  return { ...settlements, features: settlements.features.map(named) };
}
