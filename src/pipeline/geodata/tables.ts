import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Control } from '../../geo/control-cells.js';
import { decodeUtf8 } from '../decode-utf8.js';
import { fail, kebabId, list, number, oneOf, required, yesNo } from './cells.js';
import { parseCsv, type CsvRow } from './csv.js';
import type { GeoNamesPlace } from './gazetteer.js';
import { checkBasis, type Basis } from './provenance.js';
import { basePlace, resolvePlace, type Place } from './place.js';
export { MAX_GEONAMES_OFFSET_KM, type Place } from './place.js';

/** Table files, relative to the project root. */
export const TABLES = {
  control: 'geodata/control-2018-09-17.csv',
  cities: 'geodata/cities.csv',
  posts: 'geodata/observation-posts.csv',
  highways: 'geodata/highway-waypoints.csv',
} as const;

/** A row of the control table whose position is known. */
export interface ControlRow extends Place {
  control: Control;
  /** How the control claim is known. */
  controlBasis: Basis;
  /** The claim in words, as the table gives it. */
  controlNote: string;
  controlSources: string[];
  /** Control claim is unsourced or contested: check before relying on it. */
  verify: boolean;
  /**
   * `line`: a settlement on the contact line (from the facts); `anchor`: a rear-area town;
   * `dated`: a place the 2019–20 offensives turned on (`geodata/control-places-2019-20.csv`).
   */
  role: ControlRole;
  notes: string;
}

/** Roles a control-table row may have. */
export const CONTROL_ROLES = ['line', 'anchor', 'dated'] as const;
export type ControlRole = (typeof CONTROL_ROLES)[number];

/** The claim columns of a control table. */
export const CONTROL_BASIS = {
  basis: 'control_basis',
  sources: 'control_sources',
  note: 'control_note',
} as const;

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
  /** How the position is known. */
  coordBasis: Basis;
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
  /** How it is known that the road passes the town. */
  basis: Basis;
  note: string;
  verify: boolean;
}

const CONTROLS: readonly Control[] = ['government', 'opposition', 'turkish', 'sdf'];

/** Reads and parses one table. */
export function readTable(root: string, file: string): CsvRow[] {
  return parseCsv(decodeUtf8(readFileSync(join(root, file)), file), file);
}

/**
 * Loads a control table (by default the 17 Sep 2018 one; `file` names another with the same
 * columns, e.g. `geodata/control-places-2019-20.csv`); unknown names, bad values, unsourced
 * claims not flagged `verify` and stray positions stop the build.
 */
export function loadControl(
  rows: CsvRow[],
  gazetteer: Map<number, GeoNamesPlace>,
  posts: readonly PostRow[],
  file: string = TABLES.control,
): { rows: ControlRow[]; unresolved: UnresolvedRow[] } {
  const resolved: ControlRow[] = [];
  const unresolved: UnresolvedRow[] = [];
  const ids = new Set<string>();
  for (const row of rows) {
    const v = row.values;
    const id = kebabId(row, file, 'id');
    if (ids.has(id)) fail(file, row, `id "${id}" is used twice`, 'give every row its own id');
    ids.add(id);
    const control = oneOf(row, file, 'control', CONTROLS);
    const role = oneOf(row, file, 'role', CONTROL_ROLES);
    const controlBasis = checkBasis(row, file, CONTROL_BASIS);
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
    if (role === 'anchor' && !v['control_note']) {
      fail(file, row, 'an anchor row needs a control_note', 'say why this side held the town');
    }
    resolved.push({
      ...place,
      control,
      role,
      controlBasis,
      controlNote: v['control_note'] ?? '',
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
  uniqueIds(rows, file);
  return rows.map((row) => ({
    ...resolvePlace(row, file, gazetteer, Boolean(row.values['geonames_id'])),
    nameAr: row.values['name_ar'] ?? '',
    description: required(row, file, 'description'),
  }));
}

/** Loads the observation posts. */
export function loadPosts(rows: CsvRow[]): PostRow[] {
  const file = TABLES.posts;
  uniqueIds(rows, file);
  return rows.map((row) => ({
    ...resolvePlace(row, file, new Map(), false),
    order: number(row, file, 'order'),
    established: required(row, file, 'established'),
    coordQuality: required(row, file, 'coord_quality'),
    coordBasis: checkBasis(row, file, {
      basis: 'coord_basis',
      sources: 'coord_source',
      note: 'coord_source',
    }),
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
      // The table names the source of the claim in its note.
      basis: checkBasis(row, file, {
        basis: 'on_route_basis',
        sources: 'on_route_note',
        note: 'on_route_note',
      }),
      note: row.values['on_route_note'] ?? '',
      verify: yesNo(row, file, 'verify'),
    });
    routes.set(route, list);
  }
  return routes;
}

/** Stops the build at the second row of a table that reuses an id. */
function uniqueIds(rows: readonly CsvRow[], file: string): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const id = kebabId(row, file, 'id');
    const first = seen.get(id);
    if (first !== undefined) {
      fail(
        file,
        row,
        `id "${id}" is used twice (first on line ${first})`,
        'give every row its own id',
      );
    }
    seen.set(id, row.line);
  }
}
