/** The M4 and M5 highways, schematic (drawn through the towns they pass), with number shields. */
import { bandWidth, HIGHWAY_ACCURACY_KM } from '../../domain/accuracy.js';
import { PALETTE } from '../../domain/palette.js';
import { SHIELD_TEXT } from '../images.js';
import { kindIs } from './style-helpers.js';
import { defineLayer, place } from './layer.js';

const DASH = [4, 2];

export const highways = defineLayer({
  group: 'highways',
  label: 'M4 and M5 highways',
  kinds: ['highway'],
  defaultVisible: true,
  layers: [
    // Schematic: a faint band as wide as the stated accuracy (±3 km) shows the road may lie off it.
    place(33, {
      id: 'highway-band',
      type: 'line',
      source: 'features',
      filter: kindIs('highway'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': PALETTE.highway,
        'line-opacity': 0.08,
        'line-width': bandWidth(HIGHWAY_ACCURACY_KM),
        'line-blur': bandWidth(HIGHWAY_ACCURACY_KM / 2),
      },
    }),
    place(33, {
      id: 'highway-casing',
      type: 'line',
      source: 'features',
      filter: kindIs('highway'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.labelHalo, 'line-width': 5 },
    }),
    place(33, {
      id: 'highway-line',
      type: 'line',
      source: 'features',
      filter: kindIs('highway'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.highway, 'line-width': 2.5, 'line-dasharray': DASH },
    }),
    place(61, {
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
      paint: { 'text-color': SHIELD_TEXT },
    }),
  ],
  legend: [
    { swatch: { shape: 'shield', text: 'M5' }, label: 'Highway number' },
    {
      swatch: {
        shape: 'line',
        color: PALETTE.highway,
        width: 2.5,
        dash: DASH,
        casing: PALETTE.labelHalo,
      },
      label: 'Highway route, schematic: drawn through the towns it passes',
    },
  ],
  pickable: ['highway-shield', 'highway-line'],
  list: { heading: 'Highways', order: 4 },
});
