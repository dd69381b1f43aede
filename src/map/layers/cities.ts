/** Cities and towns: a dot (an icon, so no circle shader on the first frame) and a name. */
import { PALETTE } from '../../domain/palette.js';
import { halo, kindIs } from './style-helpers.js';
import { defineLayer, place } from './layer.js';

export const cities = defineLayer({
  group: 'cities',
  label: 'Cities and towns',
  kinds: ['city'],
  defaultVisible: true,
  layers: [
    place(51, {
      id: 'city-dot',
      type: 'symbol',
      source: 'features',
      filter: kindIs('city'),
      layout: { 'icon-image': 'city', 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    }),
    place(63, {
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
    }),
  ],
  legend: [{ swatch: { shape: 'icon', image: 'city' }, label: 'City or town' }],
  pickable: ['city-dot', 'city-label'],
  list: { heading: 'Cities and towns', order: 5 },
});
