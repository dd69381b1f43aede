/**
 * The basemap: sea, land, Syria, borders and country names, from `data/basemap.geojson`
 * (Natural Earth, public domain). Not a legend group: always drawn.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { PALETTE } from '../../domain/palette.js';
import { halo } from './style-helpers.js';
import { place } from './layer.js';

const country: FilterSpecification = ['==', ['get', 'kind'], 'country'];
const border = (turkish: boolean): FilterSpecification => [
  'all',
  ['==', ['get', 'kind'], 'border'],
  turkish ? ['get', 'turkish'] : ['!', ['get', 'turkish']],
];

/** The basemap's style layers. */
export const BASEMAP_LAYERS = [
  place(0, { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } }),
  place(1, {
    id: 'land',
    type: 'fill',
    source: 'basemap',
    filter: ['all', country, ['!', ['get', 'syria']]],
    paint: { 'fill-color': PALETTE.land },
  }),
  place(2, {
    id: 'land-syria',
    type: 'fill',
    source: 'basemap',
    filter: ['all', country, ['get', 'syria']],
    paint: { 'fill-color': PALETTE.syria },
  }),
  place(30, {
    id: 'borders',
    type: 'line',
    source: 'basemap',
    filter: border(false),
    paint: { 'line-color': PALETTE.border, 'line-width': 1, 'line-dasharray': [3, 2] },
  }),
  place(30, {
    id: 'border-turkey',
    type: 'line',
    source: 'basemap',
    filter: border(true),
    paint: { 'line-color': PALETTE.turkishBorder, 'line-width': 2.5 },
  }),
  place(64, {
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
  }),
] as const;
