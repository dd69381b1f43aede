/**
 * The highlight-step bench page: the app's own style and data, plus the way highlights used to
 * be drawn (layers on the features source, marked by changing their filter), so one run can time
 * one step both ways. `window.__step(method, id)` marks `id` and resolves with the ms to the next
 * idle frame.
 */
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification, GeoJSONSource } from 'maplibre-gl';
import { markerData } from '../../../src/map/layers/markers.js';
import { createMap } from '../../../src/map/create-map.js';
import { buildStyle } from '../../../src/map/style.js';
import type { AppFeature } from '../../../src/types.js';

const load = async (file: string) =>
  (await (await fetch(new URL(`data/${file}`, document.baseURI))).json()) as FeatureCollection;
const [basemap, features, territory] = await Promise.all([
  load('basemap.geojson'),
  load('idlib-buffer-zone.geojson'),
  load('territory.geojson'),
]);
const style = buildStyle({ basemap, features, territory });
/** The filter the highlight layers had before they got their own source. */
const oldFilter = (points: boolean, ids: readonly string[]): FilterSpecification => [
  'all',
  [points ? '==' : '!=', ['geometry-type'], 'Point'],
  ids.length ? ['in', ['get', 'id'], ['literal', [...ids]]] : ['==', ['get', 'id'], '\u0000'],
];
style.layers.push(
  {
    id: 'old-highlight-line',
    type: 'line',
    source: 'features',
    filter: oldFilter(false, []),
    paint: { 'line-color': '#f0e442', 'line-width': 9 },
  },
  {
    id: 'old-highlight-circle',
    type: 'circle',
    source: 'features',
    filter: oldFilter(true, []),
    paint: { 'circle-radius': 13, 'circle-color': '#f0e442' },
  },
);
const container = document.getElementById('map');
if (!container) throw new Error('highlight bench: #map missing');
const map = createMap({ container, style });
const byId = new Map((features.features as AppFeature[]).map((f) => [f.properties.id, f]));

async function step(method: 'filter' | 'data', id: string): Promise<number> {
  const start = performance.now();
  const idle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
  if (method === 'filter') {
    map.setFilter('old-highlight-line', oldFilter(false, [id]));
    map.setFilter('old-highlight-circle', oldFilter(true, [id]));
  } else {
    const data = markerData(byId, { highlight: [id], selection: [] });
    map.getSource<GeoJSONSource>('markers')?.setData(data);
  }
  await idle;
  return performance.now() - start;
}

(window as unknown as { __step: typeof step }).__step = step;
map.once('idle', () => document.body.setAttribute('data-map-state', 'idle'));
