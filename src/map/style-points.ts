/** Point and label layers of the map style: villages, cities, posts, road shields, labels. */
import type { LayerSpecification } from 'maplibre-gl';
import { PALETTE } from './palette.js';
import { halo, kindIs } from './style-helpers.js';

/** Villages, cities and observation posts. */
export function pointLayers(): LayerSpecification[] {
  return [
    {
      id: 'settlement-dot',
      type: 'circle',
      source: 'settlements',
      paint: {
        'circle-radius': 3.5,
        'circle-color': [
          'match',
          ['get', 'control'],
          'opposition',
          PALETTE.opposition,
          PALETTE.labelHalo,
        ],
        'circle-stroke-color': [
          'match',
          ['get', 'control'],
          'opposition',
          PALETTE.villageRing,
          PALETTE.government,
        ],
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'city-dot',
      type: 'symbol',
      source: 'features',
      filter: kindIs('city'),
      layout: { 'icon-image': 'city', 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    },
    {
      id: 'post-icon',
      type: 'symbol',
      source: 'features',
      filter: kindIs('observation-point'),
      layout: { 'icon-image': 'post', 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    },
  ];
}

/** Labels: villages (zoomed in), road shields, posts, cities, countries. */
export function labelLayers(): LayerSpecification[] {
  return [
    {
      id: 'settlement-label',
      type: 'symbol',
      source: 'settlements',
      minzoom: 10,
      layout: {
        'text-field': ['get', 'name'],
        'text-size': 11,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
      },
      paint: { 'text-color': PALETTE.countryLabel, ...halo },
    },
    {
      id: 'highway-shield',
      type: 'symbol',
      source: 'features',
      filter: kindIs('highway'),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 220,
        'text-field': ['coalesce', ['get', 'ref'], ['upcase', ['slice', ['get', 'id'], 0, 2]]],
        'text-size': 11,
        'text-rotation-alignment': 'viewport',
        'icon-image': 'shield',
        'icon-text-fit': 'both',
        'icon-text-fit-padding': [2, 4, 2, 4],
        'icon-rotation-alignment': 'viewport',
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'post-label',
      type: 'symbol',
      source: 'features',
      filter: kindIs('observation-point'),
      // A whole zoom: MapLibre lays a layer out in every tile of zoom ≥ floor(minzoom), so 8.5
      // drew all these glyphs (≈4 ms each in software) for a first view that never shows them.
      minzoom: 9,
      layout: {
        'text-field': ['get', 'name'],
        'text-size': 11,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': PALETTE.postInk, ...halo },
    },
    {
      id: 'city-label',
      type: 'symbol',
      source: 'features',
      filter: kindIs('city'),
      layout: {
        'text-field': ['get', 'name'],
        'text-size': 13,
        'text-offset': [0, -0.8],
        'text-anchor': 'bottom',
      },
      paint: { 'text-color': PALETTE.city, ...halo },
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
      paint: { 'text-color': PALETTE.countryLabel, ...halo },
    },
  ];
}
