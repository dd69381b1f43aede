/**
 * The checks every table row goes through: provenance categories (issue 11.7), positions on
 * Syria's land so swapped lat/lon are caught (16.5), UTF-8 (16.7), stray quotes and reused ids
 * (16.11). Each case edits one row of the real table and expects `file:line` and the fix.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataErrorOf } from '../data-error.js';
import { parseCsv, type CsvRow } from '../../../../src/pipeline/geodata/csv.js';
import { loadGazetteer } from '../../../../src/pipeline/geodata/gazetteer.js';
import { checkBasis } from '../../../../src/pipeline/geodata/provenance.js';
import {
  CONTROL_BASIS,
  TABLES,
  loadCities,
  loadControl,
  loadPosts,
  loadWaypoints,
  readTable,
} from '../../../../src/pipeline/geodata/tables.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const gazetteer = loadGazetteer();
const posts = loadPosts(readTable(root, TABLES.posts));

type Table = keyof typeof TABLES;
const LOAD: Record<Table, (rows: CsvRow[]) => unknown> = {
  control: (rows) => loadControl(rows, gazetteer, posts),
  cities: (rows) => loadCities(rows, gazetteer),
  posts: (rows) => loadPosts(rows),
  highways: (rows) => loadWaypoints(rows, gazetteer),
};

/** The real table with `edit` applied to the row whose `key` column is `value`. */
function edited(table: Table, key: string, value: string, edit: Record<string, string>) {
  const rows = readTable(root, TABLES[table]);
  const row = rows.find((r) => r.values[key] === value);
  if (!row) throw new Error(`${TABLES[table]} has no ${key}=${value}`);
  Object.assign(row.values, edit);
  return { rows, line: row.line };
}

const failure = dataErrorOf;

/** Loads `table` with one row edited; expects a DataError at that row matching `message`. */
function expectStop(
  table: Table,
  [key, value]: [string, string],
  edit: Record<string, string>,
  message: RegExp,
) {
  const { rows, line } = edited(table, key, value, edit);
  const error = failure(() => LOAD[table](rows));
  expect(error.message.startsWith(`${TABLES[table]}:${line}: `), error.message).toBe(true);
  expect(error.message).toMatch(message);
  return error;
}

describe('provenance categories', () => {
  it('the real tables load', () => {
    for (const table of Object.keys(LOAD) as Table[]) {
      expect(() => LOAD[table](readTable(root, TABLES[table]))).not.toThrow();
    }
  });
  it.each([
    [
      'control',
      ['id', 'kabani'],
      { control_basis: 'direct: held' },
      /control_basis "direct: held" is not allowed.*free text goes in control_note/,
    ],
    [
      'control',
      ['id', 'kabani'],
      { control_sources: '' },
      /control_basis is direct but control_sources is empty\. Fix: cite the source in control_sources, or set control_basis=unsourced and verify=yes/,
    ],
    [
      'control',
      ['id', 'idlib'],
      { control_sources: '' },
      /control_basis is inferred but control_sources is empty/,
    ],
    [
      'control',
      ['id', 'kinsabba'],
      { verify: 'no' },
      /control_basis is unsourced but verify is "no"\. Fix: set verify=yes/,
    ],
    [
      'posts',
      ['id', 'op-salwa'],
      { coord_basis: 'derived' },
      /coord_basis "derived" is not allowed/,
    ],
    [
      'posts',
      ['id', 'op-sheikh-aqil'],
      { verify: 'no' },
      /coord_basis is unsourced but verify is "no"/,
    ],
    ['posts', ['id', 'op-shir-maghar'], { coord_source: '' }, /coord_source is empty/],
    [
      'highways',
      ['town', 'Khan al-Asal'],
      { on_route_basis: 'FROM MEMORY' },
      /on_route_basis "FROM MEMORY" is not allowed/,
    ],
    [
      'highways',
      ['town', 'Hama'],
      { on_route_note: '' },
      /on_route_basis is direct but on_route_note is empty/,
    ],
    [
      'highways',
      ['town', 'Morek (Murak)'],
      { verify: 'no' },
      /on_route_basis is unsourced but verify is "no"/,
    ],
  ] as const)('%s stops at a bad row: %j %j', (table, at, edit, message) => {
    expectStop(table, [...at], edit, message);
  });
  it('accepts role "dated" (the 2019–20 places) and a file name for another control table', () => {
    const { rows } = edited('control', 'id', 'kabani', { role: 'dated' });
    const file = 'geodata/control-places-2019-20.csv';
    const loaded = loadControl(rows, gazetteer, posts, file);
    expect(loaded.rows.find((r) => r.id === 'kabani')?.role).toBe('dated');
    const first = rows[0];
    if (first) first.values['control_basis'] = 'FROM MEMORY';
    expect(failure(() => loadControl(rows, gazetteer, posts, file)).file).toBe(file);
  });
  it('is one exported check that other tables can call', () => {
    const row = {
      line: 7,
      values: { control_basis: 'unsourced', control_sources: '', verify: 'yes' },
    };
    expect(checkBasis(row, 'x.csv', CONTROL_BASIS)).toBe('unsourced');
  });
});

describe('positions on land', () => {
  it.each([
    ['control', ['id', 'kabani'], { lat: '36.23338', lon: '35.717541' }],
    [
      'cities',
      ['id', 'city-idlib'],
      { geonames_id: '', lat: '36.6', lon: '35.9', coord_source: 'x' },
    ],
    ['posts', ['id', 'op-salwa'], { lat: '36.77', lon: '36.235' }],
    ['highways', ['town', 'Al-Eis'], { lat: '37.00056', lon: '35.99639' }],
  ] as const)(
    '%s: a swapped lat/lon stops the build with the swap as the fix',
    (table, at, edit) => {
      const error = expectStop(table, [...at], edit, /latitude and longitude look swapped/);
      expect(error.fix).toBe(`swap them: lat ${edit.lon}, lon ${edit.lat}`);
    },
  );
  it('a position at sea is outside Syria, not swapped', () => {
    expectStop(
      'posts',
      ['id', 'op-salwa'],
      { lat: '35.5', lon: '35.5' },
      /lies outside Syria\. Fix: check/,
    );
  });
});

describe('table files', () => {
  const tmp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tables-'));
    mkdirSync(join(dir, 'geodata'));
    return dir;
  };
  it('a Windows-1252 byte stops the build at its line, as for the articles', () => {
    const dir = tmp();
    try {
      const text = readFileSync(join(root, TABLES.cities));
      const at = text.indexOf('\n', text.indexOf('\n') + 1) + 1; // start of line 3
      const bytes = Buffer.concat([
        text.subarray(0, at + 5),
        Buffer.from([0x92]),
        text.subarray(at + 5),
      ]);
      writeFileSync(join(dir, TABLES.cities), bytes);
      expect(() => readTable(dir, TABLES.cities)).toThrow(
        `${TABLES.cities}:3: bytes that are not UTF-8. Fix: save the file as UTF-8`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('an unquoted " inside a field stops at its line', () => {
    const text = 'id,notes\na,fine\nb,the "best" place\n';
    expect(() => parseCsv(text, 't.csv')).toThrow(
      't.csv:3: a " inside a field that is not quoted. Fix: quote the whole field',
    );
    expect(() => parseCsv('id,notes\na,"quoted" then more\n', 't.csv')).toThrow(/^t\.csv:2: a "/);
    expect(parseCsv('id,notes\na,"say ""hi"""\n', 't.csv')[0]?.values['notes']).toBe('say "hi"');
  });
  it.each(['cities', 'posts'] as const)(
    'a reused id in %s is reported at the CSV line',
    (table) => {
      const rows = readTable(root, TABLES[table]);
      const [first, second] = rows;
      if (!first || !second) throw new Error('the table has fewer than two rows');
      const id = first.values['id'] ?? '';
      second.values['id'] = id;
      const error = failure(() => LOAD[table](rows));
      expect(error.message).toMatch(
        new RegExp(
          `^${TABLES[table]}:${second.line}: id "${id}" is used twice \\(first on line ${first.line}\\)`,
        ),
      );
    },
  );
});
