import { describe, expect, it } from 'vitest';
import { LAYER_GROUPS } from '../../../src/map/layer-groups.js';
import { drawImage, styleImage } from '../../../src/map/images.js';
import { IMAGE_IDS, buildStyle, markerFilter } from '../../../src/map/style.js';

const style = buildStyle({ basemap: { type: 'FeatureCollection', features: [] } });
const layerIds = style.layers.map((layer) => layer.id);

describe('the map style', () => {
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
  it('draws every pattern and icon the style names', () => {
    const named =
      JSON.stringify(style.layers).match(/"(hatch|dots|v?stripes|post|city|shield)"/g) ?? [];
    expect(named.length).toBeGreaterThan(0);
    for (const id of IMAGE_IDS) {
      const image = styleImage(id);
      expect(image, id).toBeDefined();
      expect(image?.data.length).toBe((image?.width ?? 0) * (image?.height ?? 0) * 4);
    }
    expect(styleImage('nope')).toBeUndefined();
  });
  it('premultiplies alpha in drawn images', () => {
    const image = drawImage(1, 1, () => [200, 100, 50, 128]);
    expect([...image.data]).toEqual([100, 50, 25, 128]);
  });
  it('explains every legend group with at least one symbol', () => {
    for (const group of LAYER_GROUPS) expect(group.legend.length, group.id).toBeGreaterThan(0);
  });
});

describe('the style starts in the app state (regression: attaching the app re-tiled every source)', () => {
  // MapLibre re-tiles a layer's whole source on any visibility or filter change; attaching the
  // app to the map sets both, so the style must already hold what it sets.
  const shown = new Set(['settlements', 'zone-split']);
  const started = buildStyle({
    basemap: { type: 'FeatureCollection', features: [] },
    initial: {
      isLayerVisible: (id) => shown.has(id),
      selectedId: 'city-idlib',
      highlighted: ['m4', 'op-morek'],
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
  it('marks the selected and highlighted features with the filters the map view sets', () => {
    const filter = (id: string) => (layer(id) as { filter?: unknown } | undefined)?.filter;
    expect(filter('selection-line')).toEqual(markerFilter('line', ['city-idlib']));
    expect(filter('selection-circle')).toEqual(markerFilter('circle', ['city-idlib']));
    expect(filter('highlight-line')).toEqual(markerFilter('line', ['m4', 'op-morek']));
    expect(filter('highlight-circle')).toEqual(markerFilter('circle', ['m4', 'op-morek']));
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
    const selection = style.layers.find((l) => l.id === 'selection-line') as { filter?: unknown };
    expect(selection.filter).toEqual(markerFilter('line', []));
  });
});
