/**
 * The security corridor: 6 km each side of a road stretch, ends cut square; and the published
 * `m4-corridor` feature built from the schematic M4.
 */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import destination from '@turf/destination';
import { lineString } from '@turf/helpers';
import type { Feature, Polygon } from 'geojson';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { highwayCorridor } from '../../../src/geo/m4-corridor.js';
import { buildFeatures } from '../../../src/pipeline/geodata/build-features.js';

const road = lineString([
  [36.0, 35.8],
  [36.3, 35.8],
  [36.5, 35.9],
]);
const at = (from: number[], km: number, bearing: number) =>
  destination(from, km, bearing, { units: 'kilometers' }).geometry.coordinates;

describe('highwayCorridor', () => {
  const corridor = highwayCorridor(road, 5, 40, 6);

  it('reaches 6 km on each side of the stretch and no further', () => {
    const mid = at([36.0, 35.8], 20, 90);
    expect(booleanPointInPolygon(at(mid, 5.9, 0), corridor)).toBe(true);
    expect(booleanPointInPolygon(at(mid, 5.9, 180), corridor)).toBe(true);
    expect(booleanPointInPolygon(at(mid, 6.1, 0), corridor)).toBe(false);
    expect(booleanPointInPolygon(at(mid, 6.1, 180), corridor)).toBe(false);
  });

  it('ends square where the stretch ends', () => {
    const start = at([36.0, 35.8], 5, 90);
    expect(booleanPointInPolygon(at(at(start, 0.1, 90), 5.5, 0), corridor)).toBe(true);
    expect(booleanPointInPolygon(at(at(start, 0.1, 270), 5.5, 0), corridor)).toBe(false);
    expect(booleanPointInPolygon(at(start, 1, 270), corridor)).toBe(false);
  });

  it('has about length × 12 km of area', () => {
    const km2 = area(corridor) / 1e6;
    expect(km2).toBeGreaterThan(35 * 12 * 0.97);
    expect(km2).toBeLessThan(35 * 12 * 1.05);
  });

  it('refuses a stretch off the road', () => {
    expect(() => highwayCorridor(road, 10, 5, 6)).toThrow(/not within/);
    expect(() => highwayCorridor(road, 0, 500, 6)).toThrow(/not within/);
  });
});

describe('m4-corridor', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const features = buildFeatures(root).collection.features;
  const corridor = features.find((f) => f.properties.id === 'm4-corridor') as Feature<Polygon>;

  it('is published from 5 Mar 2020, with provenance and accuracy, as derived from a schematic road', () => {
    expect(corridor.properties?.['validFrom']).toBe('2020-03-05');
    expect(String(corridor.properties?.['description'])).toMatch(/schematic highway/);
    expect(corridor.properties?.['provenance']).toMatchObject({ accuracyKm: 5 });
    expect(JSON.stringify(corridor.properties?.['provenance'])).toMatch(/Additional Protocol/);
  });

  it('covers the M4 west of Saraqib (Ariha, Jisr al-Shughur) but not Saraqib itself', () => {
    const city = (id: string) =>
      (features.find((f) => f.properties.id === id)?.geometry as { coordinates: number[] })
        .coordinates;
    expect(booleanPointInPolygon(city('city-ariha'), corridor)).toBe(true);
    expect(booleanPointInPolygon(city('city-jisr-al-shughur'), corridor)).toBe(true);
    expect(booleanPointInPolygon(city('city-saraqib'), corridor)).toBe(false);
    expect(booleanPointInPolygon(city('city-latakia'), corridor)).toBe(false);
  });
});
