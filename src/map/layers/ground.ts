/**
 * The ground a teacher names: rivers (GSHHG WDBII, the Orontes named), mountains and plains
 * (label points from cited sources) and other populated places (GeoNames cities500). Their data
 * loads after the first idle, so the first view compiles no program for them.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { PALETTE } from '../../domain/palette.js';
import { halo, kindIs } from './style-helpers.js';
import { defineLayer, place } from './layer.js';

const RIVER_WIDTH = 1.3;

export const rivers = defineLayer({
  group: 'rivers',
  label: 'Rivers',
  kinds: [],
  defaultVisible: true,
  layers: [
    place(23, {
      id: 'river-line',
      type: 'line',
      source: 'rivers',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.river, 'line-width': RIVER_WIDTH },
    }),
    place(58, {
      id: 'river-label',
      type: 'symbol',
      source: 'rivers',
      filter: ['has', 'name'],
      minzoom: 8,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 320,
        'text-field': ['get', 'name'],
        'text-size': 11,
        'text-letter-spacing': 0.05,
      },
      paint: { 'text-color': PALETTE.river, ...halo },
    }),
  ],
  legend: [
    {
      swatch: { shape: 'line', color: PALETTE.river, width: RIVER_WIDTH },
      label: 'River (GSHHG), the Orontes (al-Asi) named',
    },
  ],
  pickable: [],
});

export const relief = defineLayer({
  group: 'relief',
  label: 'Mountains and plains',
  kinds: [],
  defaultVisible: true,
  layers: [
    place(59, {
      id: 'relief-label',
      type: 'symbol',
      source: 'relief',
      minzoom: 7,
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-size': 11,
        'text-letter-spacing': 0.25,
        'text-max-width': 8,
      },
      paint: { 'text-color': PALETTE.relief, ...halo },
    }),
  ],
  legend: [
    {
      swatch: { shape: 'text', text: 'JABAL', color: PALETTE.relief },
      label: 'Mountain or plain (name at a cited label point)',
    },
  ],
  pickable: [],
});

const rank = (max: number): ExpressionSpecification => ['<=', ['get', 'rank'], max];
const notRank = (max: number): ExpressionSpecification => ['>', ['get', 'rank'], max];

export const places = defineLayer({
  group: 'places',
  label: 'Other places (GeoNames)',
  kinds: ['place'],
  defaultVisible: true,
  layers: [
    // Dots appear with their names: the larger places from zoom 8, the rest from 9.5.
    ...[
      { id: 'place-dot-major' as const, filter: rank(2), minzoom: 8 },
      { id: 'place-dot' as const, filter: notRank(2), minzoom: 9.5 },
    ].map(({ id, filter, minzoom }) =>
      place(49, {
        id,
        type: 'symbol',
        source: 'places',
        filter,
        minzoom,
        layout: {
          'icon-image': 'city',
          'icon-size': 0.45,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      }),
    ),
    // Larger places first and from lower zooms; symbols collide, so a smaller name gives way.
    place(57, {
      id: 'place-label-major',
      type: 'symbol',
      source: 'places',
      filter: ['all', kindIs('place'), rank(2)],
      minzoom: 8,
      layout: {
        'text-field': ['get', 'name'],
        'text-size': 11,
        'text-offset': [0, -0.7],
        'text-anchor': 'bottom',
      },
      paint: { 'text-color': PALETTE.placeLabel, ...halo },
    }),
    place(56, {
      id: 'place-label-minor',
      type: 'symbol',
      source: 'places',
      filter: ['all', kindIs('place'), notRank(2)],
      minzoom: 9.5,
      layout: {
        'text-field': ['get', 'name'],
        'text-size': 10,
        'text-offset': [0, -0.7],
        'text-anchor': 'bottom',
        'text-optional': true,
      },
      paint: { 'text-color': PALETTE.placeLabel, ...halo },
    }),
  ],
  legend: [
    {
      swatch: { shape: 'icon', image: 'city', scale: 0.45 },
      label: 'Other place (GeoNames), named when zoomed in',
    },
  ],
  pickable: ['place-dot-major', 'place-dot', 'place-label-major', 'place-label-minor'],
  list: { heading: 'Other places (GeoNames)', order: 7 },
});
