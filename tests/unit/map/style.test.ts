import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LAYER_GROUPS } from '../../../src/map/layer-groups.js';
import { drawImage, IMAGE_IDS, premultiplied, styleImage } from '../../../src/map/images.js';
import { buildStyle } from '../../../src/map/style.js';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const style = buildStyle({ basemap: EMPTY });
const layerIds = style.layers.map((layer) => layer.id);

const point = (id: string, x: number, y: number) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [x, y] },
  properties: { id, kind: 'city' },
});

describe('the map style', () => {
  it('is valid by the MapLibre style spec', () => {
    expect(validateStyleMin(style)).toEqual([]);
    const started = buildStyle({
      basemap: EMPTY,
      features: { type: 'FeatureCollection', features: [point('city-idlib', 36.6, 35.9)] },
      initial: { selectedId: 'city-idlib', highlighted: ['city-idlib'] },
    });
    expect(validateStyleMin(started)).toEqual([]);
  });
  it('needs nothing from outside the site: no glyphs, no sprite, inline data only', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });
  it('has every layer the legend groups toggle, each in one group only', () => {
    const grouped = LAYER_GROUPS.flatMap((group) => [...group.layerIds]);
    expect(new Set(grouped).size).toBe(grouped.length);
    for (const id of grouped) expect(layerIds, id).toContain(id);
    expect(new Set(layerIds).size).toBe(layerIds.length);
  });
  it('draws every pattern and icon the style names, and names only those', () => {
    const named = new Set(
      style.layers.flatMap((l) => {
        const paint = (l.paint ?? {}) as Record<string, unknown>;
        const layout = (l.layout ?? {}) as Record<string, unknown>;
        return [paint['fill-pattern'], layout['icon-image']].filter((v) => typeof v === 'string');
      }),
    );
    expect(named.size).toBeGreaterThan(0);
    for (const id of named) expect(IMAGE_IDS as readonly unknown[], String(id)).toContain(id);
    for (const id of IMAGE_IDS) {
      const image = styleImage(id);
      expect(image, id).toBeDefined();
      expect(image?.data.length).toBe((image?.width ?? 0) * (image?.height ?? 0) * 4);
    }
    expect(styleImage('nope')).toBeUndefined();
  });
  it('gives MapLibre premultiplied alpha, the canvas straight alpha', () => {
    const image = drawImage(1, 1, () => [200, 100, 50, 128]);
    expect([...image.data]).toEqual([200, 100, 50, 128]);
    expect([...premultiplied(image).data]).toEqual([100, 50, 25, 128]);
  });
  it('explains every legend group with at least one symbol', () => {
    for (const group of LAYER_GROUPS) expect(group.legend.length, group.id).toBeGreaterThan(0);
  });
  it('keeps the drawing order: land beneath territory beneath the zone beneath lines and labels', () => {
    const at = (id: string) => layerIds.indexOf(id);
    expect(at('land-syria')).toBeLessThan(at('territory-opposition'));
    expect(at('territory-turkish-pattern')).toBeLessThan(at('zone-margin'));
    expect(at('zone-margin')).toBeLessThan(at('zone-core'));
    expect(at('zone-core-edge')).toBeLessThan(at('contact-line'));
    expect(at('contact-line')).toBeLessThan(at('highlight-line'));
    expect(at('selection-circle')).toBeLessThan(at('post-icon'));
    expect(at('post-icon')).toBeLessThan(at('city-label'));
    expect(layerIds.at(-1)).toBe('country-labels');
  });
});

describe('the style starts in the app state (regression: attaching the app re-tiled every source)', () => {
  // MapLibre re-tiles a layer's whole source on any visibility or filter change; attaching the
  // app to the map sets both, so the style must already hold what it sets.
  const shown = new Set(['settlements', 'zone-split']);
  const started = buildStyle({
    basemap: EMPTY,
    features: {
      type: 'FeatureCollection',
      features: [point('city-idlib', 36.6, 35.9), point('op-morek', 36.6, 35.2)],
    },
    initial: {
      isLayerVisible: (id) => shown.has(id),
      selectedId: 'city-idlib',
      highlighted: ['op-morek', 'not-a-feature'],
    },
  });
  const layer = (id: string) => started.layers.find((l) => l.id === id);

  it('sets every grouped layer visible or not, explicitly, as the app says', () => {
    for (const group of LAYER_GROUPS) {
      for (const id of group.layerIds) {
        const visibility = (layer(id)?.layout as { visibility?: string } | undefined)?.visibility;
        expect(visibility, id).toBe(shown.has(group.id) ? 'visible' : 'none');
      }
    }
  });
  it('marks the selected and highlighted features in the markers source, unknown ids skipped', () => {
    const markers = started.sources['markers'] as { data: FeatureCollection };
    expect(
      markers.data.features.map((f) => [f.properties?.['id'], f.properties?.['marker']]),
    ).toEqual([
      ['op-morek', 'highlight'],
      ['city-idlib', 'selection'],
    ]);
  });
  it('without a state, shows each group as its default and marks nothing', () => {
    for (const group of LAYER_GROUPS) {
      const expected = group.defaultVisible ? 'visible' : 'none';
      for (const id of group.layerIds) {
        const found = style.layers.find((l) => l.id === id);
        expect((found?.layout as { visibility?: string } | undefined)?.visibility, id).toBe(
          expected,
        );
      }
    }
    expect((style.sources['markers'] as { data: FeatureCollection }).data.features).toEqual([]);
  });
});
