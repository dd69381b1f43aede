import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../../src/pipeline/errors.js';
import { parseCsv } from '../../../../src/pipeline/geodata/csv.js';
import {
  RELIEF_TABLE,
  loadRelief,
  reliefCollection,
} from '../../../../src/pipeline/geodata/relief.js';
import { readTable } from '../../../../src/pipeline/geodata/tables.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const HEADER = 'id,name,name_ar,kind,lat,lon,coord_source,basis,verify,notes';
const GOOD = 'jabal-x,Jabal X,جبل,mountain,35.7,36.7,"Wikipedia, ""Jabal X""",direct,no,';

function failure(...rows: string[]): DataError {
  try {
    loadRelief(parseCsv([HEADER, ...rows].join('\n'), RELIEF_TABLE));
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

describe('loadRelief', () => {
  it('reads a sourced row and skips an unsourced one when publishing', () => {
    const rows = loadRelief(
      parseCsv(
        [HEADER, GOOD, 'jabal-y,Jabal Y,,mountain,,,,unsourced,yes,'].join('\n'),
        RELIEF_TABLE,
      ),
    );
    expect(rows[0]).toMatchObject({ coordinates: [36.7, 35.7], basis: 'direct', line: 2 });
    const published = reliefCollection(rows);
    expect(published.features).toHaveLength(1);
    expect(published.features[0]?.properties).toMatchObject({
      id: 'relief-jabal-x',
      name: 'Jabal X',
      nameAr: 'جبل',
      kind: 'mountain',
      provenance: { sources: ['Wikipedia, "Jabal X"'] },
    });
  });

  it.each([
    [
      'jabal-x,Jabal X,,hill,35.7,36.7,src,direct,no,',
      'kind "hill" is not allowed',
      'mountain, plain, valley',
    ],
    [
      'jabal-x,Jabal X,,mountain,35.7,36.7,,direct,no,',
      'coord_source is empty',
      'fill in coord_source',
    ],
    ['jabal-x,Jabal X,,mountain,,,,unsourced,no,', 'must be checked', 'set verify to yes'],
    [
      'jabal-x,Jabal X,,mountain,35.7,36.7,src,unsourced,yes,',
      'unsourced row has a position',
      'clear lat and lon',
    ],
    [
      'jabal-x,Jabal X,,mountain,40,36,src,direct,no,',
      "outside Syria's bounding box",
      'not swapped',
    ],
    ['Jabal X,Jabal X,,mountain,35.7,36.7,src,direct,no,', 'not kebab-case', 'lower-case'],
    [
      'jabal-x,Jabal X,,mountain,35.7,36.7,src,memory,no,',
      'basis "memory"',
      'direct, inferred, unsourced',
    ],
  ])('names the file, the line and the fix: %s', (row, problem, fix) => {
    const error = failure(GOOD.replace('jabal-x', 'jabal-z'), row);
    expect(error.message).toContain(`${RELIEF_TABLE}:3`);
    expect(error.message).toContain(problem);
    expect(error.fix).toContain(fix);
  });

  it('rejects an id used twice', () => {
    expect(failure(GOOD, GOOD).message).toContain('"jabal-x" is used twice');
  });

  it('loads the real table: every placed row cites its source, every unsourced row is flagged', () => {
    const rows = loadRelief(readTable(root, RELIEF_TABLE));
    expect(rows.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'jabal-al-zawiya',
        'jabal-al-akrad',
        'jabal-turkman',
        'jabal-siman',
        'al-ghab',
      ]),
    );
    for (const row of rows) {
      if (row.coordinates) expect(row.coordSource).toMatch(/https?:\/\//);
      else expect(row).toMatchObject({ basis: 'unsourced', verify: true });
    }
  });
});
