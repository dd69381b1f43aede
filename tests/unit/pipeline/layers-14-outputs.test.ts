/** After `npm run data`: the rivers, relief and places files exist and hold what they should. */
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { OUTPUTS } from '../../../src/pipeline/cli.js';
import { LAYER_FILES } from '../../../src/pipeline/layers-14.js';
import { published, settlements } from '../content/published-data.js';

describe('issue-14 layers as published', () => {
  it('are outputs of the pipeline', () => {
    for (const file of Object.values(LAYER_FILES)) {
      expect(OUTPUTS.some((path) => path.endsWith(`public/data/${file}`))).toBe(true);
    }
  });

  it('rivers: lines, one named the Orontes', () => {
    const rivers = published<FeatureCollection>(LAYER_FILES.rivers);
    expect(rivers.features.length).toBeGreaterThan(5);
    expect(rivers.features.every((f) => f.geometry.type === 'LineString')).toBe(true);
    const named = rivers.features.filter((f) => f.properties?.['name']);
    expect(named.map((f) => f.properties?.['nameAr'])).toEqual(['العاصي']);
  });

  it('relief: sourced points with names and provenance', () => {
    const relief = published<FeatureCollection>(LAYER_FILES.relief);
    expect(relief.features.map((f) => f.properties?.['name'])).toContain('Jabal al-Zawiya');
    for (const f of relief.features) {
      expect(f.properties).toMatchObject({ kind: expect.any(String), nameAr: expect.any(String) });
      expect(f.properties?.['provenance'].sources).toHaveLength(1);
    }
  });

  it('places: GeoNames points with Arabic names', () => {
    const places = published<FeatureCollection>(LAYER_FILES.places);
    expect(places.features.length).toBeGreaterThan(100);
    const idlib = places.features.find((f) => f.properties?.['id'] === 'gn-169389');
    expect(idlib?.properties).toMatchObject({ name: 'Idlib', nameAr: 'إدلب', rank: 1 });
  });

  it('settlements with a GeoNames id carry their Arabic name', () => {
    const withId = settlements().features.filter((f) => f.properties?.['geonamesId']);
    const jisr = withId.find((f) => f.properties?.['geonamesId'] === 169023);
    expect(jisr?.properties?.['nameAr']).toBe('جسر الشغور');
    expect(withId.filter((f) => f.properties?.['nameAr']).length).toBeGreaterThan(
      withId.length * 0.9,
    );
  });
});
