/**
 * Fact tests of the published geodata: what the memorandum and the control table say must hold
 * on the derived map. Figures (areas, depths) are printed for the record.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import difference from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import length from '@turf/length';
import along from '@turf/along';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSyria } from '../../../../src/pipeline/geodata/admin.js';
import {
  buildFeatures,
  type GeodataBuild,
} from '../../../../src/pipeline/geodata/build-features.js';
import { formatReport } from '../../../../src/pipeline/geodata/report.js';
import type { AppFeature } from '../../../../src/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
type Area = Feature<Polygon | MultiPolygon>;

let build: GeodataBuild;
const byId = (id: string) => {
  const found = build.collection.features.find((f) => f.properties.id === id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
};
const asArea = (f: AppFeature) => f as unknown as Area;
const line = () => byId('contact-line') as unknown as Feature<LineString>;

/** Distance (km) from a point to the nearest edge of an area. */
function toEdgeKm(at: Position, zone: Area): number {
  const edges = polygonToLine(zone);
  const lines = edges.type === 'FeatureCollection' ? edges.features : [edges];
  return Math.min(
    ...lines.map((l) => pointToLineDistance(at, l as Feature<LineString>, { units: 'kilometers' })),
  );
}

function samples(count: number): Position[] {
  const total = length(line(), { units: 'kilometers' });
  return Array.from(
    { length: count },
    (_, i) =>
      along(line(), ((i + 0.5) / count) * total, { units: 'kilometers' }).geometry.coordinates,
  );
}

beforeAll(() => {
  build = buildFeatures(root);
  console.log(formatReport(build.report));
}, 120_000);

describe('facts the derived map must honour', () => {
  it('Idlib city lies inside Idlib province and outside the 20 km zone', () => {
    const idlib = (byId('city-idlib').geometry as Point).coordinates;
    expect(booleanPointInPolygon(idlib, asArea(byId('idlib-province')))).toBe(true);
    expect(booleanPointInPolygon(idlib, asArea(byId('dmz-20km')))).toBe(false);
  });

  it('every government-held settlement lies outside both as-agreed zone polygons', () => {
    const government = build.settlements.features.filter(
      (f) => f.properties?.['control'] === 'government',
    );
    expect(government.length).toBeGreaterThan(20);
    for (const id of ['dmz-15km', 'dmz-20km']) {
      const inside = government.filter((s) =>
        booleanPointInPolygon(s.geometry.coordinates, asArea(byId(id))),
      );
      expect(inside.map((s) => s.properties?.['name'])).toEqual([]);
    }
  });

  it('points sampled along the contact line lie on each zone edge (≤ 0.5 km)', () => {
    for (const id of ['dmz-15km', 'dmz-20km']) {
      const worst = Math.max(...samples(50).map((at) => toEdgeKm(at, asArea(byId(id)))));
      console.log(`${id}: farthest of 50 line samples from the zone edge: ${worst.toFixed(3)} km`);
      expect(worst).toBeLessThanOrEqual(0.5);
    }
  });

  it('dmz-20km contains dmz-15km', () => {
    const outside = difference(
      featureCollection([asArea(byId('dmz-15km')), asArea(byId('dmz-20km'))]),
    );
    expect(outside ? area(outside) / 1e6 : 0).toBeLessThan(0.5);
  });

  it('the zone is about 15 and 20 km deep where territory allows (50 samples)', () => {
    for (const [depth, list] of Object.entries(build.report.depths)) {
      const values = list.map((s) => s.depthKm).sort((a, b) => a - b);
      expect(values).toHaveLength(50);
      const target = Number(depth);
      const median = values[25] ?? 0;
      expect(median).toBeGreaterThanOrEqual(target - 0.5);
      expect(median).toBeLessThanOrEqual(target + 3);
      expect(values.filter((v) => Math.abs(v - target) <= 1).length).toBeGreaterThanOrEqual(10);
      expect(values[values.length - 1]).toBeLessThan(target * 2);
    }
  });

  it('prints each zone area and orders them', () => {
    const { areasKm2 } = build.report;
    console.log(
      Object.entries(areasKm2)
        .map(([id, km2]) => `${id}: ${km2} km²`)
        .join(', '),
    );
    expect(areasKm2['dmz-15km']).toBeGreaterThan(1000);
    expect(areasKm2['dmz-20km']).toBeGreaterThan(areasKm2['dmz-15km'] ?? Infinity);
    expect(areasKm2['dmz-split']).toBeGreaterThan(1000);
  });

  it('the contact line starts at the Turkish border in the Latakia mountains and ends at the Turkish/Kurdish-held area, never running along the border', () => {
    const syria = loadSyria();
    const coords = line().geometry.coordinates;
    const [west, east] = [coords[0] as Position, coords[coords.length - 1] as Position];
    expect(toEdgeKm(west, syria)).toBeLessThan(1);
    expect(west[1]).toBeGreaterThan(35.7);
    expect(west[0]).toBeLessThan(36.3);
    const others = ['turkish', 'sdf']
      .map((c) => build.derivation.territory[c as 'turkish' | 'sdf'])
      .filter((a): a is Area => a !== null);
    expect(Math.min(...others.map((a) => toEdgeKm(east, a)))).toBeLessThan(1);
    const nearBorder = samples(100).filter((at) => toEdgeKm(at, syria) < 2).length;
    expect(nearBorder).toBeLessThanOrEqual(5);
  });

  it('places opposition settlements of the line on the opposition side and keeps Aleppo, Hama and Latakia out', () => {
    const opposition = build.derivation.territory.opposition as Area;
    const lineRows = build.rows.filter((r) => r.role === 'line');
    const wrong = lineRows.filter(
      (r) => booleanPointInPolygon(r.coordinates, opposition) !== (r.control === 'opposition'),
    );
    console.log(
      `line settlements on the wrong side after smoothing: ${wrong.map((r) => `${r.name} (${r.control})`).join(', ') || 'none'}`,
    );
    expect(wrong.length).toBeLessThanOrEqual(Math.ceil(lineRows.length * 0.05));
    for (const city of ['city-aleppo', 'city-hama', 'city-latakia']) {
      expect(booleanPointInPolygon((byId(city).geometry as Point).coordinates, opposition)).toBe(
        false,
      );
    }
  });

  it('all 12 observation posts state their position quality and lie in opposition territory', () => {
    const posts = build.collection.features.filter(
      (f) => f.properties.kind === 'observation-point',
    );
    expect(posts).toHaveLength(12);
    for (const post of posts) {
      expect(typeof post.properties['coordQuality']).toBe('string');
      expect(post.properties.provenance.accuracyKm).toBeGreaterThan(0);
    }
    for (const f of build.territory.features) {
      expect(
        (f.properties?.['provenance'] as { sources: string[] }).sources.length,
      ).toBeGreaterThan(0);
    }
    const opposition = build.derivation.territory.opposition as Area;
    const outside = posts.filter(
      (p) => !booleanPointInPolygon((p.geometry as Point).coordinates, opposition),
    );
    console.log(
      `observation posts outside derived opposition territory: ${outside.map((p) => p.properties.id).join(', ') || 'none'}`,
    );
    expect(outside).toEqual([]);
  });
});
