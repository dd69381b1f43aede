import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  areaKm2,
  bandStats,
  measureSettlements,
  pointReport,
  previewLine,
  roadCorridor,
} from '../../../src/geo/explorer-geo.js';
import { oppositionArea, parseWidth } from '../../../src/ui/teacher/explorer.js';
import bbox from '@turf/bbox';
import length from '@turf/length';
import type { MultiPolygon, Polygon } from 'geojson';
import { features, settlements, territory } from '../content/published-data.js';

const all = features().features;
const line = all.find((f) => f.properties.id === 'contact-line') as unknown as Feature<LineString>;
const opposition = oppositionArea(territory());
if (!line || !opposition)
  throw new Error('published data lacks the contact line or opposition area');
const measured = measureSettlements(line, settlements());
const preview = previewLine(line);

describe('zone-width explorer geometry (published data)', () => {
  it('grows the band and the settlements inside with the width', () => {
    const counts = [0, 5, 10, 15, 20, 25].map((km) => bandStats(preview, opposition, measured, km));
    expect(counts[0]?.areaKm2).toBe(0);
    expect(counts[0]?.inside).toEqual([]);
    const areas = counts.map((c) => c.areaKm2);
    const inside = counts.map((c) => c.inside.length);
    for (let i = 1; i < counts.length; i++) {
      expect(areas[i]).toBeGreaterThan(areas[i - 1] ?? Infinity);
      expect(inside[i]).toBeGreaterThanOrEqual(inside[i - 1] ?? Infinity);
    }
    expect(inside[4]).toBeGreaterThan(inside[1] ?? Infinity);
  });

  it('matches the published 15 and 20 km zones within 1 % of their area', () => {
    for (const [id, km] of [
      ['dmz-15km', 15],
      ['dmz-20km', 20],
    ] as const) {
      const zone = all.find((f) => f.properties.id === id);
      if (!zone) throw new Error(`no ${id}`);
      const published = areaKm2(zone);
      const live = bandStats(preview, opposition, measured, km).areaKm2;
      expect(Math.abs(live - published) / published, id).toBeLessThan(0.01);
    }
  });

  it('counts only opposition-held settlements, nearest first', () => {
    const inside = bandStats(preview, opposition, measured, 20).inside;
    expect(inside.every((s) => s.control === 'opposition' && s.distanceKm <= 20)).toBe(true);
    const distances = inside.map((s) => s.distanceKm);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it('reports a point: inside both zones near the line on the opposition side, outside far away', () => {
    const near = measured.find((s) => s.control === 'opposition' && s.distanceKm < 10);
    const nearFeature = settlements().features.find((f) => f.properties?.['id'] === near?.id);
    if (!nearFeature || nearFeature.geometry.type !== 'Point')
      throw new Error('no near settlement');
    const at = nearFeature.geometry.coordinates as [number, number];
    const report = pointReport(at, line, opposition);
    if (report.oppositionSide) {
      expect(report.in15 && report.in20).toBe(true);
      expect(report.text).toMatch(
        /km from the contact line.*inside the 15 km zone, inside the 20 km zone/,
      );
    }
    const far = pointReport([36.9, 34.5], line, opposition);
    expect(far.in15 || far.in20).toBe(false);
    expect(far.text).toMatch(/outside the 15 km zone, outside the 20 km zone/);
  });

  it('parses the width hash value in half kilometres from 0 to 25', () => {
    expect(parseWidth('17.5')).toBe(17.5);
    expect(parseWidth('0')).toBe(0);
    expect(parseWidth('26')).toBeUndefined();
    expect(parseWidth('-1')).toBeUndefined();
    expect(parseWidth('wide')).toBeUndefined();
  });
});

describe('road corridor (published data)', () => {
  it('draws the 2020 protocol corridor 6 km either side of the M4, west of Saraqib, inside Idlib province', () => {
    const road = all.find((f) => f.properties.id === 'm4') as unknown as Feature<LineString>;
    const saraqib = all.find((f) => f.properties.id === 'city-saraqib');
    const province = all.find((f) => f.properties.id === 'idlib-province') as unknown as Feature<
      Polygon | MultiPolygon
    >;
    if (saraqib?.geometry.type !== 'Point') throw new Error('no Saraqib');
    const band = roadCorridor(road, saraqib.geometry.coordinates, province, 6);
    if (!band) throw new Error('no corridor');
    const km2 = areaKm2(band);
    // Between a bare 12 km wide strip along the road inside the province and that plus round ends.
    const roadKm = length(road);
    expect(km2).toBeGreaterThan(12 * 20);
    expect(km2).toBeLessThan(12 * roadKm);
    const [west, , east] = bbox(band);
    const [lng] = saraqib.geometry.coordinates;
    if (lng === undefined) throw new Error('Saraqib has no longitude');
    expect(east).toBeLessThan(lng + 0.1);
    expect(west).toBeLessThan(lng - 0.3);
  });
});
