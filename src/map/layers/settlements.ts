/** The control table's villages (`data/settlements.geojson`, loaded when first shown). */
import { PALETTE } from '../../domain/palette.js';
import { halo } from './style-helpers.js';
import { defineLayer, place } from './layer.js';

export const settlements = defineLayer({
  group: 'settlements',
  label: 'Villages on the contact line',
  kinds: [],
  defaultVisible: false,
  layers: [
    place(50, {
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
    }),
    place(60, {
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
    }),
  ],
  legend: [
    {
      swatch: { shape: 'circle', color: PALETTE.opposition, ring: PALETTE.villageRing },
      label: 'Opposition-held village',
    },
    {
      swatch: { shape: 'circle', color: PALETTE.labelHalo, ring: PALETTE.government },
      label: 'Government-held village (ring)',
    },
  ],
  pickable: [],
});
