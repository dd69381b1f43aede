/**
 * The benchmark's baseline: a bare MapLibre page drawing the same basemap (same data, same
 * basemap layers, same bounds), built by the same tooling, with no app around it.
 */
import type { FeatureCollection } from 'geojson';
import { createMap } from '../../../src/map/create-map.js';
import { buildStyle } from '../../../src/map/style.js';

const response = await fetch(new URL('data/basemap.geojson', document.baseURI));
const basemap = (await response.json()) as FeatureCollection;
const style = buildStyle({ basemap });
style.layers = style.layers.filter(
  (layer) => layer.type === 'background' || ('source' in layer && layer.source === 'basemap'),
);
const container = document.getElementById('map');
if (!container) throw new Error('baseline: #map missing');
const map = createMap({ container, style });
performance.mark('app:map-created');
map.once('load', () => performance.mark('app:map-load'));
// Its first frame with a map: the first one drawn once the basemap's data is in.
const firstFrame = () => {
  if (!map.isSourceLoaded('basemap')) return;
  performance.mark('app:first-frame');
  map.off('render', firstFrame);
};
map.on('render', firstFrame);
map.once('idle', () => {
  performance.mark('app:map-idle');
  document.body.setAttribute('data-map-state', 'idle');
});
