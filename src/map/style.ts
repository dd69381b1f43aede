import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { PALETTE } from './palette.js';

/** Data the style draws, already loaded by the app. */
export interface StyleData {
  /** Countries and borders, from `/data/basemap.geojson`. */
  basemap: FeatureCollection;
}

/**
 * Builds the whole map style in code. It has no `glyphs` URL, so MapLibre draws label glyphs
 * with the browser's own fonts and the map needs nothing from outside its origin.
 */
export function buildStyle(data: StyleData): StyleSpecification {
  return {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: data.basemap },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'basemap',
        filter: ['==', ['get', 'kind'], 'country'],
        paint: {
          'fill-color': ['case', ['get', 'syria'], PALETTE.syria, PALETTE.land],
        },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'basemap',
        filter: ['all', ['==', ['get', 'kind'], 'border'], ['!', ['get', 'turkish']]],
        paint: { 'line-color': PALETTE.border, 'line-width': 1, 'line-dasharray': [3, 2] },
      },
      {
        id: 'border-turkey',
        type: 'line',
        source: 'basemap',
        filter: ['all', ['==', ['get', 'kind'], 'border'], ['get', 'turkish']],
        paint: { 'line-color': PALETTE.turkishBorder, 'line-width': 2.5 },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'basemap',
        filter: ['==', ['get', 'kind'], 'country-label'],
        layout: {
          'text-field': ['upcase', ['get', 'name']],
          'text-size': 13,
          'text-letter-spacing': 0.2,
        },
        paint: {
          'text-color': PALETTE.countryLabel,
          'text-halo-color': PALETTE.labelHalo,
          'text-halo-width': 1.5,
        },
      },
    ],
  };
}
