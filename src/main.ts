import type { FeatureCollection } from 'geojson';
import { buildStyle } from './map/style.js';
import { dataUrl, loadJson, LoadError } from './ui/load-data.js';
import { showNotice } from './ui/notice.js';
import './ui/app.css';

/** Loads the data, then the map library (its own chunk), then draws the map. */
async function start(notices: HTMLElement, mapHost: HTMLElement): Promise<void> {
  const basemap = await loadJson<FeatureCollection>(dataUrl('basemap.geojson'));
  const { createMap } = await import('./map/create-map.js');
  const map = createMap({ container: mapHost, style: buildStyle({ basemap }) });
  map.once('idle', () => document.body.setAttribute('data-map-state', 'idle'));
}

function run(): void {
  const notices = document.getElementById('notices');
  const mapHost = document.getElementById('map');
  if (!notices || !mapHost) throw new Error('index.html lacks #notices or #map');
  start(notices, mapHost).catch((error: unknown) => {
    console.error(error);
    document.body.setAttribute('data-map-state', 'error');
    const message = error instanceof LoadError ? error.message : 'The map could not be shown.';
    showNotice(notices, message, { level: 'error', actionLabel: 'Retry', onAction: run });
  });
}

run();
