import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../../src/pipeline/errors.js';
import { validateCollection } from '../../../../src/pipeline/geodata/validate.js';
import type { AppFeature, AppFeatureCollection, FeatureProperties } from '../../../../src/types.js';

const FILE = 'public/data/test.geojson';
const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [36, 35],
      [36.5, 35],
      [36.5, 35.5],
      [36, 35.5],
      [36, 35],
    ],
  ],
};

function feature(
  id: string,
  geometry: Geometry = square,
  extra: Partial<FeatureProperties> = {},
): AppFeature {
  return {
    type: 'Feature',
    properties: {
      id,
      name: id,
      kind: 'zone',
      description: 'test',
      provenance: { method: 'test', sources: ['test'], accuracyKm: 1 },
      quotes: [],
      ...extra,
    },
    geometry,
  };
}

const collection = (...features: AppFeature[]): AppFeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

function problem(c: AppFeatureCollection, required: string[] = []): string {
  try {
    validateCollection(c, FILE, required);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).file).toBe(FILE);
    return (error as DataError).message;
  }
  return 'valid';
}

describe('validateCollection', () => {
  it('accepts a valid collection', () => {
    expect(problem(collection(feature('a'), feature('b')), ['a'])).toBe('valid');
  });
  it('rejects a collection that is not a FeatureCollection', () => {
    expect(problem({ type: 'Feature' } as unknown as AppFeatureCollection)).toMatch(
      /FeatureCollection/,
    );
  });
  it('rejects ids that are not kebab-case', () => {
    expect(problem(collection(feature('Not_Kebab')))).toMatch(/kebab-case/);
  });
  it('rejects duplicate ids', () => {
    expect(problem(collection(feature('a'), feature('a')))).toMatch(/used twice/);
  });
  it('rejects unknown kinds', () => {
    expect(
      problem(collection(feature('a', square, { kind: 'river' as FeatureProperties['kind'] }))),
    ).toMatch(/kind/);
  });
  it('rejects missing provenance sources', () => {
    const bad = feature('a', square, { provenance: { method: 'm', sources: [], accuracyKm: 1 } });
    expect(problem(collection(bad))).toMatch(/provenance/);
  });
  it('rejects a missing quotes array', () => {
    const bad = feature('a');
    delete (bad.properties as Partial<FeatureProperties>).quotes;
    expect(problem(collection(bad))).toMatch(/quotes/);
  });
  it('rejects positions outside Syria', () => {
    expect(
      problem(collection(feature('a', { type: 'Point', coordinates: [2.35, 48.85] }))),
    ).toMatch(/outside Syria/);
  });
  it('rejects clockwise exterior rings (RFC 7946 right-hand rule)', () => {
    const ring = (square as { coordinates: number[][][] }).coordinates[0] ?? [];
    expect(
      problem(collection(feature('a', { type: 'Polygon', coordinates: [[...ring].reverse()] }))),
    ).toMatch(/clockwise exterior/);
  });
  it('rejects counter-clockwise holes', () => {
    const ring = (square as { coordinates: number[][][] }).coordinates[0] ?? [];
    const hole = [
      [36.1, 35.1],
      [36.2, 35.1],
      [36.2, 35.2],
      [36.1, 35.2],
      [36.1, 35.1],
    ];
    expect(
      problem(collection(feature('a', { type: 'Polygon', coordinates: [ring, hole] }))),
    ).toMatch(/counter-clockwise hole/);
  });
  it('rejects unclosed rings', () => {
    const open = [
      [36, 35],
      [36.5, 35],
      [36.5, 35.5],
      [36, 35.5],
    ];
    expect(problem(collection(feature('a', { type: 'Polygon', coordinates: [open] })))).toMatch(
      /not closed/,
    );
  });
  it('rejects self-intersections', () => {
    const bowtie = [
      [36, 35],
      [36.5, 35.5],
      [36.5, 35],
      [36, 35.5],
      [36, 35],
    ];
    const f: Feature<Geometry> = feature('a', { type: 'LineString', coordinates: bowtie });
    expect(problem(collection(f as AppFeature))).toMatch(/intersects itself/);
  });
  it('rejects a missing required id', () => {
    expect(problem(collection(feature('a')), ['a', 'dmz-15km'])).toMatch(/"dmz-15km" is missing/);
  });
});
