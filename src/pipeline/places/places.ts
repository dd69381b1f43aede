/**
 * `/data/places.geojson`: every GeoNames cities500 place in the map's area (Syria only), with
 * its Arabic name where GeoNames has one and a size class for label priority.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { arabicName } from './arabic-name.js';
import { CITIES500_SOURCE, type GeoNamesRecord } from './cities500.js';

/** The area the places cover: [west, south, east, north]. */
export const PLACES_BBOX: [number, number, number, number] = [35.7, 34.9, 37.6, 36.9];

/** Size class for label priority: 1 city … 4 village or population unknown. */
export type PlaceRank = 1 | 2 | 3 | 4;

/**
 * 1: 100 000 people or more, or a governorate seat (PPLA, PPLC); 2: 20 000 or more, or a
 * district seat (PPLA2); 3: 5 000 or more; 4: the rest, including places GeoNames gives no
 * population (0).
 */
export function placeRank(record: Pick<GeoNamesRecord, 'population' | 'featureCode'>): PlaceRank {
  const { population, featureCode } = record;
  if (population >= 100_000 || featureCode === 'PPLA' || featureCode === 'PPLC') return 1;
  if (population >= 20_000 || featureCode === 'PPLA2') return 2;
  if (population >= 5_000) return 3;
  return 4;
}

/** The records inside `bbox` and in `country`, largest first (then by id, so output is stable). */
export function placesInArea(
  records: readonly GeoNamesRecord[],
  bbox: readonly [number, number, number, number] = PLACES_BBOX,
  country = 'SY',
): GeoNamesRecord[] {
  const [west, south, east, north] = bbox;
  return records
    .filter(
      (r) =>
        r.country === country && r.lon >= west && r.lon <= east && r.lat >= south && r.lat <= north,
    )
    .sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
}

/** Properties of one published place. */
export interface PlaceProperties {
  id: string;
  name: string;
  nameAr?: string;
  population: number;
  rank: PlaceRank;
  source: 'GeoNames cities500';
}

/** The places as GeoJSON points (positions to 5 decimals, as GeoNames gives them). */
export function placesCollection(
  records: readonly GeoNamesRecord[],
): FeatureCollection<Point, PlaceProperties> {
  return {
    type: 'FeatureCollection',
    features: records.map((r): Feature<Point, PlaceProperties> => {
      const nameAr = arabicName(r.alternateNames, r.asciiName || r.name);
      return {
        type: 'Feature',
        properties: {
          id: `gn-${r.geonameId}`,
          name: r.asciiName || r.name,
          ...(nameAr ? { nameAr } : {}),
          population: r.population,
          rank: placeRank(r),
          source: 'GeoNames cities500',
        },
        geometry: {
          type: 'Point',
          coordinates: [Math.round(r.lon * 1e5) / 1e5, Math.round(r.lat * 1e5) / 1e5],
        },
      };
    }),
  };
}

/** One line for the build log. */
export function placesSummary(collection: FeatureCollection<Point, PlaceProperties>): string {
  const withArabic = collection.features.filter((f) => f.properties.nameAr).length;
  return `places: ${collection.features.length} GeoNames cities500 places in the area, ${withArabic} with an Arabic name (${CITIES500_SOURCE})`;
}
