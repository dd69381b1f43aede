/**
 * The dated tables' loaders: the synthetic fixtures in `tests/fixtures/dated-tables/` (fictitious
 * places `test-a`…) load, and each rule stops a bad row with `file:line` (one test per rule,
 * each a row that breaks that rule alone).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Control } from '../../../../src/geo/control-cells.js';
import { dataErrorOf } from '../data-error.js';
import { parseCsv } from '../../../../src/pipeline/geodata/csv.js';
import {
  DATED_TABLES,
  basisCategory,
  loadChanges,
  loadDatedPlaces,
  loadPostStatus,
} from '../../../../src/pipeline/geodata/dated-tables.js';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/dated-tables');
const text = (file: string) => readFileSync(join(fixtures, file.replace('geodata/', '')), 'utf8');
const csv = (file: string, extra = '') => parseCsv(`${text(file).trimEnd()}\n${extra}`, file);
const sides = new Map<string, Control>([
  ['test-a', 'opposition'],
  ['test-b', 'opposition'],
  ['test-c', 'government'],
  ['test-d', 'opposition'],
  ['test-e', 'opposition'],
]);

const failure = dataErrorOf;

describe('dated places', () => {
  it('loads the fixture, skipping the row without a position', () => {
    const { places, unresolved } = loadDatedPlaces(
      csv(DATED_TABLES.places),
      new Map(),
      new Set(['test-a']),
    );
    expect(places.map((p) => [p.id, p.control, p.basis])).toEqual([
      ['test-d', 'opposition', 'inferred'],
      ['test-e', 'opposition', 'unsourced'],
    ]);
    expect(places[0]?.coordinates).toEqual([36.6, 35.5]);
    expect(unresolved).toEqual([{ id: 'test-f', control: 'opposition' }]);
  });

  it('refuses an id the 17 Sep 2018 table already uses', () => {
    const error = failure(() =>
      loadDatedPlaces(csv(DATED_TABLES.places), new Map(), new Set(['test-d'])),
    );
    expect(error.message).toMatch(/control-places-2019-20\.csv:2: id "test-d" is already used/);
  });

  it('refuses a role other than dated', () => {
    const row = 'test-g,Test G,,,35.5,36.5,synthetic,table,opposition,inferred,,src,no,line,';
    const error = failure(() =>
      loadDatedPlaces(csv(DATED_TABLES.places, row), new Map(), new Set()),
    );
    expect(error.message).toMatch(/:5: role "line" is not allowed/);
  });
});

describe('changes', () => {
  const bad = (row: string) => failure(() => loadChanges(csv(DATED_TABLES.changes, row), sides));

  it('loads the fixture in date order', () => {
    const changes = loadChanges(csv(DATED_TABLES.changes), sides);
    expect(changes.map((c) => `${c.date} ${c.place}`)).toEqual([
      '2019-05-09 test-b',
      '2019-05-22 test-b',
      '2019-08-21 test-d',
      '2019-08-21 test-a',
      '2020-03-06 test-e',
    ]);
    expect(changes[2]?.sources).toHaveLength(2);
  });

  it('rule: a change on 17 Sep 2018 is refused', () => {
    const error = bad('test-c,2018-09-17,opposition,direct,src,no,');
    expect(error.message).toMatch(/control-changes\.csv:7: date 2018-09-17 is outside the series/);
  });

  it('rule: a change after 6 Mar 2020 is refused', () => {
    expect(bad('test-c,2020-03-07,opposition,direct,src,no,').message).toMatch(
      /:7: date 2020-03-07 is outside the series/,
    );
  });

  it('rule: two changes of one place on one day are refused', () => {
    const error = bad('test-b,2019-05-22,government,direct,src,no,');
    expect(error.message).toMatch(/:7: "test-b" changes twice on 2019-05-22 \(also line 3\)/);
  });

  it('rule: a change that does not flip the side is refused', () => {
    const error = bad('test-c,2019-06-01,government,direct,src,no,');
    expect(error.message).toMatch(/:7: "test-c" is already government on 2019-06-01/);
  });

  it('rule: an unknown side is refused', () => {
    expect(bad('test-c,2019-06-01,rebels,direct,src,no,').message).toMatch(
      /:7: control "rebels" is not allowed/,
    );
  });

  it('rule: a malformed date is refused', () => {
    expect(bad('test-c,2019-02-30,opposition,direct,src,no,').message).toMatch(
      /:7: date "2019-02-30" is not a date/,
    );
    expect(bad('test-c,9 May 2019,opposition,direct,src,no,').message).toMatch(/is not a date/);
  });

  it('rule: an unknown place is refused', () => {
    expect(bad('test-x,2019-06-01,government,direct,src,no,').message).toMatch(
      /:7: place "test-x" is in neither control table/,
    );
  });

  it('rule: a sourced change needs sources, an unsourced one verify=yes', () => {
    expect(bad('test-c,2019-06-01,opposition,direct,,no,').message).toMatch(/sources is empty/);
    expect(bad('test-c,2019-06-01,opposition,unsourced,,no,').message).toMatch(
      /unsourced but verify is no/,
    );
  });

  it('gives the fix with the error', () => {
    expect(bad('test-x,2019-06-01,government,direct,src,no,').fix).toMatch(/use an id from/);
  });
});

describe('observation post status', () => {
  const posts = new Set(['test-op-1', 'test-op-2']);

  it('orders each post history by date', () => {
    const history = loadPostStatus(csv(DATED_TABLES.postStatus), posts);
    expect(history.get('test-op-1')?.map((r) => r.status)).toEqual([
      'established',
      'surrounded',
      'evacuated',
    ]);
  });

  it('refuses an unknown post, status or a second row on one day', () => {
    const bad = (row: string) =>
      failure(() => loadPostStatus(csv(DATED_TABLES.postStatus, row), posts)).message;
    expect(bad('op-x,2019-01-01,surrounded,direct,src,no,')).toMatch(/:5: post "op-x" is unknown/);
    expect(bad('test-op-2,2019-01-01,besieged,direct,src,no,')).toMatch(/status "besieged"/);
    expect(bad('test-op-1,2019-08-23,evacuated,direct,src,no,')).toMatch(/two rows on 2019-08-23/);
  });
});

describe('basisCategory', () => {
  it('reads categories and the older free text', () => {
    expect(basisCategory('direct')).toBe('direct');
    expect(basisCategory('direct: retaken by Syrian army Jan 2016')).toBe('direct');
    expect(basisCategory('inferred: front static')).toBe('inferred');
    expect(basisCategory('FROM MEMORY (taken early 2016)')).toBe('unsourced');
    expect(basisCategory('rear area')).toBe('unsourced');
  });
});
