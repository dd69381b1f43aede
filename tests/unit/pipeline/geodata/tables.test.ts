import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataErrorOf } from '../data-error.js';
import { ADMIN_TABLE } from '../../../../src/pipeline/geodata/admin-areas.js';
import { buildFeatures } from '../../../../src/pipeline/geodata/build-features.js';
import { parseCsv } from '../../../../src/pipeline/geodata/csv.js';
import { loadGazetteer } from '../../../../src/pipeline/geodata/gazetteer.js';
import {
  TABLES,
  loadControl,
  loadPosts,
  loadWaypoints,
} from '../../../../src/pipeline/geodata/tables.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const gazetteer = loadGazetteer();
const header = (file: string) => readFileSync(resolve(root, file), 'utf8').split('\n')[0];
const posts = loadPosts(parseCsv(readFileSync(resolve(root, TABLES.posts), 'utf8'), TABLES.posts));

/** Control table text: the real header, a good row on line 2, then `row` on line 3. */
function control(row: string) {
  const good =
    'idlib,Idlib,Idleb,169389,,,GeoNames,geonames,opposition,inferred,rear area,Wikipedia,no,anchor,';
  return parseCsv(`${header(TABLES.control)}\n${good}\n${row}\n`, TABLES.control);
}

const failure = dataErrorOf;

describe('control table', () => {
  it('resolves a GeoNames row to the GeoNames position', () => {
    const { rows } = loadControl(
      control('hama,Hama,,170017,,,x,geonames,government,unsourced,rear,,yes,anchor,'),
      gazetteer,
      posts,
    );
    expect(rows.map((r) => r.coordinates)).toEqual([
      [36.63393, 35.93062],
      [36.75783, 35.13179],
    ]);
  });
  it.each([
    [
      'a GeoNames id whose name does not match',
      'x,Ariha,,169389,,,x,geonames,opposition,inferred,b,src,no,line,',
      /matches neither "Ariha"/,
    ],
    [
      'an unknown GeoNames id',
      'x,Ariha,,1,,,x,geonames,opposition,inferred,b,src,no,line,',
      /not a Syrian place/,
    ],
    [
      'a position far from its GeoNames point',
      'x,Idlib,,169389,35.5,36.6,x,geonames,opposition,inferred,b,src,no,line,',
      /km from GeoNames/,
    ],
    [
      'a position outside Syria',
      'x,Paris,,,48.85,2.35,x,table,opposition,inferred,b,src,no,line,',
      /outside Syria/,
    ],
    [
      'an unknown control',
      'x,Ariha,,,35.81,36.61,x,table,rebels,inferred,b,src,no,line,',
      /control "rebels"/,
    ],
    [
      'an unknown coord_status',
      'x,Ariha,,,35.81,36.61,x,osm,opposition,inferred,b,src,no,line,',
      /coord_status "osm"/,
    ],
    [
      'none-found with a position',
      'x,Ariha,,,35.81,36.61,x,none-found,opposition,inferred,b,src,no,line,',
      /none-found/,
    ],
    [
      'an unknown observation post',
      'x,Sarman,,,,,x,from-post:op-nowhere,opposition,inferred,b,src,no,line,',
      /no observation post/,
    ],
    [
      'a repeated id',
      'idlib,Ariha,,,35.81,36.61,x,table,opposition,inferred,b,src,no,line,',
      /used twice/,
    ],
    [
      'a name with no position',
      'x,Ariha,,,,,x,table,opposition,inferred,b,src,no,line,',
      /has no position/,
    ],
    [
      'a verify value other than yes/no',
      'x,Ariha,,,35.81,36.61,x,table,opposition,inferred,b,src,maybe,line,',
      /verify "maybe"/,
    ],
  ])('stops at %s with file:line', (_, row, message) => {
    const error = failure(() => loadControl(control(row), gazetteer, posts));
    expect(error.file).toBe(TABLES.control);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`${TABLES.control}:3:`);
  });
  it('skips rows marked none-found and reports them', () => {
    const { unresolved } = loadControl(
      control('jurin,Jurin,,,,,none found,none-found,government,inferred,b,src,no,line,'),
      gazetteer,
      posts,
    );
    expect(unresolved).toEqual([{ id: 'jurin', name: 'Jurin', line: 3, control: 'government' }]);
  });
});

describe('highway waypoints', () => {
  it('stops at a sequence gap with file:line', () => {
    const text = `${header(TABLES.highways)}\nM5,1,Hama,170017,,,x,direct,b,no\nM5,3,Morek (Murak),166640,,,x,direct,b,no\n`;
    const error = failure(() => loadWaypoints(parseCsv(text, TABLES.highways), gazetteer));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/seq 3 follows 1/);
  });
});

describe('the whole build', () => {
  it('stops at the first bad row of the real tables, naming file:line and the fix', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'geodata-'));
    try {
      mkdirSync(join(tmp, 'geodata'));
      for (const file of [...Object.values(TABLES), ADMIN_TABLE])
        copyFileSync(resolve(root, file), join(tmp, file));
      const lines = readFileSync(join(tmp, TABLES.control), 'utf8').split('\n');
      const index = lines.findIndex((l) => l.startsWith('saraqib,'));
      lines[index] = (lines[index] ?? '').replace(',opposition,', ',rebel-held,');
      writeFileSync(join(tmp, TABLES.control), lines.join('\n'));
      const error = failure(() => buildFeatures(tmp));
      expect(error.message).toBe(
        `${TABLES.control}:${index + 1}: control "rebel-held" is not allowed. Fix: use one of: government, opposition, turkish, sdf`,
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
