/**
 * Test page (built only for the browser tests): the app's map style with labels in the scripts
 * its data uses, drawn by MapLibre from local fonts (the style has no `glyphs` URL). Each label
 * sits alone in a row, a fifth of the height, so the test can measure its ink.
 */
import type { FeatureCollection } from 'geojson';
import { createMap } from '../../../src/map/create-map.js';
import { buildStyle } from '../../../src/map/style.js';
import { GLYPH_LABELS } from './glyph-labels.js';

const labels: FeatureCollection = {
  type: 'FeatureCollection',
  features: GLYPH_LABELS.map((name, i) => ({
    type: 'Feature',
    properties: { name },
    geometry: { type: 'Point', coordinates: [0, 8 - i * 4] },
  })),
};
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const style = buildStyle({ basemap: empty });
style.sources['labels'] = { type: 'geojson', data: labels };
style.layers = [
  { id: 'paper', type: 'background', paint: { 'background-color': '#ffffff' } },
  {
    id: 'labels',
    type: 'symbol',
    source: 'labels',
    layout: { 'text-field': ['get', 'name'], 'text-size': 28, 'text-allow-overlap': true },
    paint: { 'text-color': '#000000' },
  },
];
const container = document.getElementById('map');
if (!container) throw new Error('glyphs page: #map missing');
const map = createMap({ container, style, bounds: [-10, -10, 10, 10] });
map.once('idle', () => document.body.setAttribute('data-map-state', 'idle'));
