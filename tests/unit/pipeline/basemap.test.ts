import bbox from '@turf/bbox';
import type { Feature, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_BBOX,
  buildBasemap,
  loadCountriesTopology,
} from '../../../src/pipeline/basemap.js';

const basemap = buildBasemap(loadCountriesTopology());
const byId = (id: string) => basemap.features.find((f) => f.properties?.['id'] === id);

describe('buildBasemap', () => {
  it('keeps Syria and its neighbours as land, flagging Syria', () => {
    const syria = byId('country-760');
    expect(syria?.properties?.['syria']).toBe(true);
    for (const id of ['792', '422', '400', '368']) expect(byId(`country-${id}`)).toBeDefined();
  });

  it('draws the Syria–Turkey border on its own, inside the basemap area', () => {
    const border = byId('border-syria-turkey') as Feature<MultiLineString> | undefined;
    if (!border) throw new Error('basemap has no border-syria-turkey feature');
    expect(border.properties?.['turkish']).toBe(true);
    expect(border.geometry.coordinates.length).toBeGreaterThan(0);
    const [west, south, east, north] = bbox(border);
    expect(west).toBeGreaterThanOrEqual(35.5);
    expect(east).toBeLessThanOrEqual(42.5);
    expect(south).toBeGreaterThan(35.7);
    expect(north).toBeLessThan(37.4);
  });

  it('names each neighbouring country once, with a point label', () => {
    const labels = basemap.features.filter((f) => f.properties?.['kind'] === 'country-label');
    const names = labels.map((f) => f.properties?.['name']);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Syria', 'Turkey', 'Lebanon']));
  });

  it('clips everything to the basemap area', () => {
    const [west, south, east, north] = bbox(basemap);
    expect(west).toBeGreaterThanOrEqual(BASEMAP_BBOX[0]);
    expect(south).toBeGreaterThanOrEqual(BASEMAP_BBOX[1]);
    expect(east).toBeLessThanOrEqual(BASEMAP_BBOX[2]);
    expect(north).toBeLessThanOrEqual(BASEMAP_BBOX[3]);
  });
});
