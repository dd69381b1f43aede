/**
 * The three tables of dated control (issue 12): places the 2019–20 offensives turned on,
 * changes of hands, and the observation posts' status. Each file is optional; a file that is
 * there is checked row by row, and a bad row stops the build with `file:line` and the fix.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SERIES_START } from '../../geo/control-intervals.js';
import type { Control } from '../../geo/control-cells.js';
import { DataError } from '../errors.js';
import type { CsvRow } from './csv.js';
import type { GeoNamesPlace } from './gazetteer.js';
import { list } from './cells.js';
import { resolvePlace } from './place.js';
import { readTable, type Place } from './tables.js';

/** Dated table files, relative to the project root. */
export const DATED_TABLES = {
  places: 'geodata/control-places-2019-20.csv',
  changes: 'geodata/control-changes.csv',
  postStatus: 'geodata/observation-post-status.csv',
} as const;

/** Last day a change may fall on: the ceasefire of the Additional Protocol took effect 6 Mar 2020. */
export const SERIES_END = '2020-03-06';
/** How a claim is known: a source says so, it is derived from a source, or no source was found. */
export type Basis = 'direct' | 'inferred' | 'unsourced';
export const BASES: readonly Basis[] = ['direct', 'inferred', 'unsourced'];
export const CONTROLS: readonly Control[] = ['government', 'opposition', 'turkish', 'sdf'];
export type PostStatus = 'established' | 'surrounded' | 'evacuated';
const POST_STATUSES: readonly PostStatus[] = ['established', 'surrounded', 'evacuated'];

/** A place of `control-places-2019-20.csv`: its side on 17 Sep 2018 and how that is known. */
export interface DatedPlace extends Place {
  control: Control;
  basis: Basis;
  sources: string[];
  verify: boolean;
  notes: string;
}

/** A row of `control-changes.csv`. */
export interface ChangeRow {
  place: string;
  date: string;
  control: Control;
  basis: Basis;
  sources: string[];
  verify: boolean;
  note: string;
  line: number;
}

/** A row of `observation-post-status.csv`. */
export interface PostStatusRow {
  post: string;
  date: string;
  status: PostStatus;
  basis: Basis;
  sources: string[];
  verify: boolean;
  note: string;
  line: number;
}

/** Reads a dated table, or returns null when the file is not there. */
export function readOptionalTable(root: string, file: string): CsvRow[] | null {
  return existsSync(join(root, file)) ? readTable(root, file) : null;
}

/**
 * Loads the 2019–20 places. Ids must be new (not in `takenIds`), `role` must be `dated`, and a
 * `direct` or `inferred` side needs `control_sources`, an `unsourced` one `verify=yes`. Rows
 * with `coord_status` `none-found` are skipped.
 */
export function loadDatedPlaces(
  rows: readonly CsvRow[],
  gazetteer: Map<number, GeoNamesPlace>,
  takenIds: ReadonlySet<string>,
): { places: DatedPlace[]; unresolved: { id: string; control: Control }[] } {
  const file = DATED_TABLES.places;
  const seen = new Set<string>();
  const places: DatedPlace[] = [];
  const unresolved: { id: string; control: Control }[] = [];
  for (const row of rows) {
    const v = row.values;
    const id = required(file, row, 'id');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      fail(file, row, `id "${id}" is not kebab-case`, 'use lower-case letters, digits and hyphens');
    }
    if (takenIds.has(id) || seen.has(id)) {
      fail(file, row, `id "${id}" is already used`, 'give the place its own id, or drop the row');
    }
    seen.add(id);
    oneOf(file, row, 'role', ['dated'] as const);
    const control = oneOf(file, row, 'control', CONTROLS);
    const { basis, sources, verify } = claim(file, row, 'control_basis', 'control_sources');
    const status = required(file, row, 'coord_status');
    if (status === 'none-found') {
      unresolved.push({ id, control });
      continue;
    }
    if (status !== 'geonames' && status !== 'table') {
      fail(file, row, `coord_status "${status}" is unknown`, 'use geonames, table or none-found');
    }
    places.push({
      ...resolvePlace(row, file, gazetteer, status === 'geonames'),
      control,
      basis,
      sources,
      verify,
      notes: v['notes'] ?? '',
    });
  }
  return { places, unresolved };
}

/**
 * Loads the changes of hands. `sides` gives each known place's side on 17 Sep 2018. Checks:
 * well-formed date within (17 Sep 2018, 6 Mar 2020], known place, known side, no two changes of
 * one place on one day, and each change flips the side held before it. Returned in date order.
 */
export function loadChanges(
  rows: readonly CsvRow[],
  sides: ReadonlyMap<string, Control>,
): ChangeRow[] {
  const file = DATED_TABLES.changes;
  const changes = rows.map((row): ChangeRow => {
    const place = required(file, row, 'place');
    if (!sides.has(place)) {
      fail(
        file,
        row,
        `place "${place}" is in neither control table`,
        'use an id from geodata/control-2018-09-17.csv or geodata/control-places-2019-20.csv',
      );
    }
    const date = isoDate(file, row, 'date');
    if (date <= SERIES_START || date > SERIES_END) {
      fail(
        file,
        row,
        `date ${date} is outside the series`,
        `give a day after ${SERIES_START} and on or before ${SERIES_END}`,
      );
    }
    const control = oneOf(file, row, 'control', CONTROLS);
    const { basis, sources, verify } = claim(file, row, 'basis', 'sources');
    return {
      place,
      date,
      control,
      basis,
      sources,
      verify,
      note: row.values['note'] ?? '',
      line: row.line,
    };
  });
  const ordered = [...changes].sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line);
  const held = new Map(sides);
  const lastDay = new Map<string, ChangeRow>();
  for (const change of ordered) {
    const before = lastDay.get(change.place);
    if (before?.date === change.date) {
      fail(
        file,
        change,
        `"${change.place}" changes twice on ${change.date} (also line ${before.line})`,
        'keep one row per place and day: the side it ended the day with',
      );
    }
    if (held.get(change.place) === change.control) {
      fail(
        file,
        change,
        `"${change.place}" is already ${change.control} on ${change.date}${before ? ` (line ${before.line})` : ' (its side on 17 Sep 2018)'}`,
        'a change must give the new side; drop the row or correct the side',
      );
    }
    held.set(change.place, change.control);
    lastDay.set(change.place, change);
  }
  return ordered;
}

/**
 * Loads the observation posts' status rows and returns each post's history in date order.
 * Checks: a post id from `observation-posts.csv`, a well-formed date, a known status, one row
 * per post and day, and the basis rules of the other tables.
 */
export function loadPostStatus(
  rows: readonly CsvRow[],
  postIds: ReadonlySet<string>,
): Map<string, PostStatusRow[]> {
  const file = DATED_TABLES.postStatus;
  const history = new Map<string, PostStatusRow[]>();
  for (const row of rows) {
    const post = required(file, row, 'post');
    if (!postIds.has(post)) {
      fail(file, row, `post "${post}" is unknown`, 'use an id from geodata/observation-posts.csv');
    }
    const date = isoDate(file, row, 'date');
    const status = oneOf(file, row, 'status', POST_STATUSES);
    const { basis, sources, verify } = claim(file, row, 'basis', 'sources');
    const list = history.get(post) ?? [];
    const same = list.find((r) => r.date === date);
    if (same) {
      fail(file, row, `"${post}" has two rows on ${date} (also line ${same.line})`, 'keep one');
    }
    list.push({
      post,
      date,
      status,
      basis,
      sources,
      verify,
      note: row.values['note'] ?? '',
      line: row.line,
    });
    history.set(post, list);
  }
  for (const list of history.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return history;
}

/**
 * The category of a 17 Sep 2018 `control_basis`: the value itself once the table holds
 * categories; for the older free text, its first word (`direct…`, `inferred…`), and anything
 * else (FROM MEMORY, a rear-area note) counts as unsourced.
 */
export function basisCategory(text: string): Basis {
  const word = text.trim().toLowerCase();
  if (word.startsWith('direct')) return 'direct';
  if (word.startsWith('inferred')) return 'inferred';
  return 'unsourced';
}

function claim(
  file: string,
  row: CsvRow,
  basisColumn: string,
  sourcesColumn: string,
): { basis: Basis; sources: string[]; verify: boolean } {
  const basis = oneOf(file, row, basisColumn, BASES);
  const sources = list(row.values[sourcesColumn]);
  const verify = oneOf(file, row, 'verify', ['yes', 'no'] as const) === 'yes';
  if (basis !== 'unsourced' && sources.length === 0) {
    fail(file, row, `${basisColumn} is ${basis} but ${sourcesColumn} is empty`, 'cite the source');
  }
  if (basis === 'unsourced' && !verify) {
    fail(file, row, `${basisColumn} is unsourced but verify is no`, 'set verify=yes');
  }
  return { basis, sources, verify };
}

function isoDate(file: string, row: CsvRow, column: string): string {
  const text = required(file, row, column);
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
    fail(file, row, `${column} "${text}" is not a date`, 'write the day as YYYY-MM-DD');
  }
  return text;
}

function required(file: string, row: CsvRow, column: string): string {
  const value = row.values[column];
  if (value === undefined) fail(file, row, `column "${column}" is missing`, `add ${column}`);
  if (value === '') fail(file, row, `${column} is empty`, `fill in ${column}`);
  return value;
}

function oneOf<T extends string>(
  file: string,
  row: CsvRow,
  column: string,
  allowed: readonly T[],
): T {
  const value = required(file, row, column);
  if (!(allowed as readonly string[]).includes(value)) {
    fail(file, row, `${column} "${value}" is not allowed`, `use one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

function fail(file: string, row: Pick<CsvRow, 'line'>, problem: string, fix: string): never {
  throw new DataError(file, row.line, problem, fix);
}
