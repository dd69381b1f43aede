/**
 * The dated series on a synthetic front (fictitious places `test-…`): government in the south,
 * opposition in the middle, Turkish-held in the north; the government takes the opposition
 * towns in three steps. And on the real tables: the 17 Sep 2018 interval is today's map.
 */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, polygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import union from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Control } from '../../../../src/geo/control-cells.js';
import { loadSyria } from '../../../../src/pipeline/geodata/admin.js';
import { buildFeatures } from '../../../../src/pipeline/geodata/build-features.js';
import type { ChangeRow } from '../../../../src/pipeline/geodata/dated-tables.js';
import {
  certaintyPieces,
  deriveSeries,
  zoneShares,
  type SeriesPlace,
} from '../../../../src/pipeline/geodata/derive-series.js';
import { deriveZone } from '../../../../src/pipeline/geodata/derive.js';
import { territoryCollection } from '../../../../src/pipeline/geodata/publish-layers.js';
import { territorySeriesCollection } from '../../../../src/pipeline/geodata/publish-series.js';

type Area = Feature<Polygon | MultiPolygon>;
const place = (id: string, control: Control, lon: number, lat: number): SeriesPlace => ({
  id,
  control,
  coordinates: [lon, lat],
  basis: 'direct',
});
const base: SeriesPlace[] = [];
for (let i = 0; i <= 10; i++) {
  const lon = 35.8 + i * 0.17;
  base.push(place(`test-g${i}`, 'government', lon, 35.1));
  base.push(place(`test-o${i}`, 'opposition', lon + 0.08, 35.55));
  base.push(place(`test-p${i}`, 'opposition', lon, 35.95));
  base.push(place(`test-t${i}`, 'turkish', lon + 0.05, 36.7));
}
const dated = [0, 1, 2, 3, 4, 5].map((i) =>
  place(`test-d${i}`, 'opposition', 35.9 + i * 0.3, 35.35),
);
const change = (place: string, date: string, basis: ChangeRow['basis'] = 'direct'): ChangeRow => ({
  place,
  date,
  control: 'government',
  basis,
  sources: basis === 'unsourced' ? [] : ['synthetic (test)'],
  verify: basis === 'unsourced',
  note: '',
  line: 0,
});
const changes: ChangeRow[] = [
  ...[0, 1, 2].map((i) => change(`test-d${i}`, '2019-05-09')),
  ...[3, 4, 5].map((i) => change(`test-d${i}`, '2019-08-21', 'inferred')),
  ...[2, 3, 4, 5].map((i) => change(`test-o${i}`, '2020-01-28', 'unsourced')),
];
const syria = polygon([
  [
    [35.6, 34.8],
    [37.7, 34.8],
    [37.7, 36.95],
    [35.6, 36.95],
    [35.6, 34.8],
  ],
]);
const d = deriveZone(base, syria);
const series = deriveSeries(base, dated, changes, syria, d);
const areas = (s: (typeof series)[number]) =>
  Object.values(s.territory).filter((a): a is Area => a !== null);
const unionArea = (parts: Area[]) =>
  area(parts.length === 1 ? (parts[0] as Area) : (union(featureCollection(parts)) as Area));

describe('deriveSeries', () => {
  it('cuts the series at each change date', () => {
    expect(series.map((s) => [s.interval.validFrom, s.interval.validTo])).toEqual([
      ['2018-09-17', '2019-05-09'],
      ['2019-05-09', '2019-08-21'],
      ['2019-08-21', '2020-01-28'],
      ['2020-01-28', null],
    ]);
  });

  it('the 17 Sep 2018 interval is the 2018 derivation itself', () => {
    expect(series[0]?.territory).toEqual(d.territory);
    expect(series[0]?.contactLine).toEqual(d.contactLine);
  });

  it('on every date the sides tile the covered area: no overlap, same union as 2018', () => {
    const covered = unionArea(areas(series[0] as (typeof series)[number]));
    for (const s of series) {
      const parts = areas(s);
      for (let i = 0; i < parts.length; i++) {
        for (let j = i + 1; j < parts.length; j++) {
          const overlap = intersect(featureCollection([parts[i] as Area, parts[j] as Area]));
          expect(overlap ? area(overlap) : 0).toBeLessThan(covered * 1e-5);
        }
      }
      expect(Math.abs(unionArea(parts) - covered) / covered).toBeLessThan(0.005);
    }
  });

  it('puts every place in its own side on every date', () => {
    for (const s of series) {
      for (const side of s.interval.sides) {
        const at = [...base, ...dated].find((p) => p.id === side.id)?.coordinates ?? [0, 0];
        const mine = s.territory[side.control];
        expect(mine && booleanPointInPolygon(at, mine), `${side.id} ${s.interval.validFrom}`).toBe(
          true,
        );
      }
    }
  });

  it('the government share of the zone grows as it takes the towns', () => {
    const shares = zoneShares(series, {
      'dmz-15km': d.zone15,
      'dmz-20km': d.zone20,
      'dmz-split': d.split10,
    }).map((z) => z.shares['dmz-15km']);
    expect(shares[0]).toBeLessThan(0.01);
    for (let i = 1; i < shares.length; i++) {
      expect(shares[i]).toBeGreaterThanOrEqual((shares[i - 1] ?? 0) - 1e-3);
    }
    expect(shares[shares.length - 1]).toBeGreaterThan(0.3);
  });

  it('certainty follows each place: sourced, inferred and unsourced ground', () => {
    const last = series[series.length - 1] as (typeof series)[number];
    const pieces = certaintyPieces(last, 'government');
    expect(pieces.map((p) => p.certainty).sort()).toEqual(['inferred', 'sourced', 'unsourced']);
    const government = last.territory.government as Area;
    const total = pieces.reduce((sum, p) => sum + area(p.area), 0);
    expect(Math.abs(total - area(government)) / area(government)).toBeLessThan(0.005);
  });

  it('publishes dated features that tile without overlap', () => {
    const published = territorySeriesCollection(series, d, 'method', ['source']);
    const ids = published.features.map((f) => String(f.properties?.['id']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('territory-government@2019-05-09');
    expect(ids).toContain('contact-line@2020-01-28');
    for (const date of ['2018-12-01', '2019-06-01', '2019-09-01', '2020-03-06']) {
      const valid = published.features.filter((f) => {
        const p = f.properties ?? {};
        return (
          p['control'] && p['validFrom'] <= date && (p['validTo'] === null || date < p['validTo'])
        );
      }) as Area[];
      expect(valid).toHaveLength(3);
      const covered = unionArea(valid);
      for (let i = 0; i < valid.length; i++) {
        for (let j = i + 1; j < valid.length; j++) {
          const overlap = intersect(featureCollection([valid[i] as Area, valid[j] as Area]));
          expect(overlap ? area(overlap) : 0).toBeLessThan(covered * 0.002);
        }
      }
    }
  });
});

describe('the real tables', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  const build = buildFeatures(root);

  it("the 17 Sep 2018 interval's features equal the 2018 derivation's", () => {
    const today = territoryCollection(deriveZone(build.rows, loadSyria()), 'method', [
      'source',
    ]).features;
    const first = build.series.territory.features.filter(
      (f) => f.properties?.['validFrom'] === '2018-09-17',
    );
    expect(first.map((f) => f.properties?.['control'])).toEqual(
      today.map((f) => f.properties?.['control']),
    );
    expect(first.map((f) => f.geometry)).toEqual(today.map((f) => f.geometry));
    expect(first.map((f) => f.properties?.['id'])).toEqual(today.map((f) => f.properties?.['id']));
  });
});
