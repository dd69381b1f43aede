import { describe, expect, it } from 'vitest';
import { LAYER_GROUPS } from '../../../src/map/layer-groups.js';
import { drawImage, styleImage } from '../../../src/map/images.js';
import { IMAGE_IDS, buildStyle } from '../../../src/map/style.js';

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
