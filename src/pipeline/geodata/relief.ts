/**
 * `geodata/relief-names.csv` → `/data/relief.geojson`: the names of the mountains and plains
 * the articles mention, as label points, each position from a cited source. A row whose
 * position no source gives is `unsourced`, flagged `verify=yes`, has no lat/lon and is not
 * published.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { DataError } from '../errors.js';
import type { CsvRow } from './csv.js';
import { SYRIA_BBOX } from './validate.js';

export const RELIEF_TABLE = 'geodata/relief-names.csv';
export const RELIEF_KINDS = ['mountain', 'plain', 'valley'] as const;
export const RELIEF_BASES = ['direct', 'inferred', 'unsourced'] as const;

/** One row of the relief table. */
export interface ReliefRow {
  id: string;
  name: string;
  nameAr: string;
  kind: (typeof RELIEF_KINDS)[number];
  basis: (typeof RELIEF_BASES)[number];
  /** [lon, lat]; absent for an unsourced row. */
  coordinates?: [number, number];
  coordSource: string;
  verify: boolean;
  notes: string;
  line: number;
}

const fail = (row: CsvRow, problem: string, fix: string): never => {
  throw new DataError(RELIEF_TABLE, row.line, problem, fix);
};

function cell(row: CsvRow, column: string, needed = true): string {
  const value = row.values[column];
  if (value === undefined) fail(row, `column "${column}" is missing`, `add a ${column} column`);
  if (needed && value === '') fail(row, `${column} is empty`, `fill in ${column}`);
  return value ?? '';
}

function oneOf<T extends string>(row: CsvRow, column: string, allowed: readonly T[]): T {
  const value = cell(row, column);
  if (!(allowed as readonly string[]).includes(value)) {
    fail(row, `${column} "${value}" is not allowed`, `use one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

function position(row: CsvRow): [number, number] {
  const lat = Number(cell(row, 'lat'));
  const lon = Number(cell(row, 'lon'));
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
    fail(
      row,
      `lat/lon "${cell(row, 'lat')}, ${cell(row, 'lon')}" is not a number`,
      'write decimal degrees',
    );
  }
  const [west, south, east, north] = SYRIA_BBOX;
  if (lon < west || lon > east || lat < south || lat > north) {
    fail(
      row,
      `lat ${lat}, lon ${lon} is outside Syria's bounding box`,
      'check the numbers are WGS84 degrees and not swapped',
    );
  }
  return [lon, lat];
}

/** Checks and reads every row; a bad row throws a {@link DataError} with `file:line` and fix. */
export function loadRelief(rows: readonly CsvRow[]): ReliefRow[] {
  const ids = new Set<string>();
  return rows.map((row) => {
    const id = cell(row, 'id');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      fail(
        row,
        `id "${id}" is not kebab-case`,
        'use lower-case letters, digits and single hyphens',
      );
    }
    if (ids.has(id)) fail(row, `id "${id}" is used twice`, 'give every row its own id');
    ids.add(id);
    const basis = oneOf(row, 'basis', RELIEF_BASES);
    const verify = oneOf(row, 'verify', ['yes', 'no'] as const) === 'yes';
    const hasPosition = cell(row, 'lat', false) !== '' || cell(row, 'lon', false) !== '';
    if (basis === 'unsourced') {
      if (!verify) fail(row, 'an unsourced row must be checked', 'set verify to yes');
      if (hasPosition) {
        fail(
          row,
          'an unsourced row has a position',
          'cite its coord_source and set basis to direct or inferred, or clear lat and lon',
        );
      }
    }
    const coordSource = cell(row, 'coord_source', basis !== 'unsourced');
    return {
      id,
      name: cell(row, 'name'),
      nameAr: cell(row, 'name_ar', false),
      kind: oneOf(row, 'kind', RELIEF_KINDS),
      basis,
      ...(basis === 'unsourced' ? {} : { coordinates: position(row) }),
      coordSource,
      verify,
      notes: cell(row, 'notes', false),
      line: row.line,
    };
  });
}

/** The placed rows as label points. */
export function reliefCollection(rows: readonly ReliefRow[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const row of rows) {
    if (!row.coordinates) continue;
    features.push({
      type: 'Feature',
      properties: {
        id: `relief-${row.id}`,
        name: row.name,
        ...(row.nameAr ? { nameAr: row.nameAr } : {}),
        kind: row.kind,
        verify: row.verify,
        provenance: {
          method: `Label position for the ${row.kind} (${row.basis} from the source), ${RELIEF_TABLE} line ${row.line}`,
          sources: [row.coordSource],
          accuracyKm: 2,
        },
      },
      geometry: { type: 'Point', coordinates: row.coordinates },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** One line for the build log: what was published, and what still lacks a position. */
export function reliefSummary(rows: readonly ReliefRow[]): string {
  const missing = rows
    .filter((r) => !r.coordinates)
    .map((r) => `${r.name} (${RELIEF_TABLE}:${r.line})`);
  return `relief: ${rows.length - missing.length} names placed${missing.length ? `; no sourced position, not published: ${missing.join(', ')}` : ''}`;
}
