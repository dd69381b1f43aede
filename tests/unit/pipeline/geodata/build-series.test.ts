/**
 * The dated series through the whole build, on a copy of `geodata/` with the synthetic dated
 * tables of `tests/fixtures/dated-series/` (a fictitious place `test-a` taken by the government
 * on 9 May 2019; synthetic status rows for one post, not facts).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../../src/pipeline/errors.js';
import { ADMIN_TABLE } from '../../../../src/pipeline/geodata/admin-areas.js';
import { buildFeatures } from '../../../../src/pipeline/geodata/build-features.js';
import { DATED_TABLES } from '../../../../src/pipeline/geodata/dated-tables.js';
import { TABLES } from '../../../../src/pipeline/geodata/tables.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const fixtures = join(root, 'tests/fixtures/dated-series');
const tmp = mkdtempSync(join(tmpdir(), 'dated-series-'));
mkdirSync(join(tmp, 'geodata'));
for (const file of [...Object.values(TABLES), ADMIN_TABLE]) {
  copyFileSync(join(root, file), join(tmp, file));
}
for (const file of Object.values(DATED_TABLES)) {
  copyFileSync(join(fixtures, file.replace('geodata/', '')), join(tmp, file));
}
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the dated series in the build', () => {
  const build = buildFeatures(tmp);
  const territory = build.series.territory.features;
  const props = (id: string) => territory.find((f) => f.properties?.['id'] === id)?.properties;

  it('has two intervals, the second from the change on', () => {
    expect(build.series.zoneShare.map((z) => [z.validFrom, z.validTo])).toEqual([
      ['2018-09-17', '2019-05-09'],
      ['2019-05-09', null],
    ]);
    expect(props('territory-government')?.['validTo']).toBe('2019-05-09');
    expect(props('territory-government@2019-05-09')?.['changes']).toEqual([
      { place: 'test-a', date: '2019-05-09', basis: 'direct', verify: false },
    ]);
    expect(props('contact-line@2019-05-09')?.['kind']).toBe('contact-line');
    const line = build.collection.features.find((f) => f.properties.id === 'contact-line');
    expect(line?.properties['validTo']).toBe('2019-05-09');
  });

  it('draws the taken place in government territory from that day, not before', () => {
    const at = [36.62, 35.4];
    const area = (id: string) => territory.find((f) => f.properties?.['id'] === id);
    expect(booleanPointInPolygon(at, area('territory-government') as Feature<Polygon>)).toBe(false);
    expect(
      booleanPointInPolygon(at, area('territory-government@2019-05-09') as Feature<Polygon>),
    ).toBe(true);
    const [before, after] = build.series.zoneShare;
    expect(after?.shares['dmz-15km']).toBeGreaterThan(before?.shares['dmz-15km'] ?? 1);
  });

  it('gives each post its status history in date order', () => {
    const post = build.collection.features.find((f) => f.properties.id === 'op-morek');
    expect(post?.properties['statusHistory']).toEqual([
      { date: '2018-04-01', status: 'established', basis: 'unsourced' },
      { date: '2019-01-02', status: 'surrounded', basis: 'unsourced' },
    ]);
    const other = build.collection.features.find((f) => f.properties.id === 'op-salwa');
    expect(other?.properties['statusHistory']).toEqual([]);
  });

  it('a bad change stops the build with file:line', () => {
    const bad = mkdtempSync(join(tmpdir(), 'dated-series-bad-'));
    try {
      mkdirSync(join(bad, 'geodata'));
      for (const file of [...Object.values(TABLES), ADMIN_TABLE]) {
        copyFileSync(join(root, file), join(bad, file));
      }
      writeFileSync(
        join(bad, DATED_TABLES.changes),
        'place,date,control,basis,sources,verify,note\ntest-x,2019-05-09,government,direct,s,no,\n',
      );
      let error: unknown;
      try {
        buildFeatures(bad);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).message).toMatch(
        /^geodata\/control-changes\.csv:2: place "test-x" is in neither control table/,
      );
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
