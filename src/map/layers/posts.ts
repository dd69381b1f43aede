/** The twelve Turkish observation posts of 2017–18: a triangle, and a name from zoom 9. */
import { PALETTE } from '../../domain/palette.js';
import { halo, kindIs } from './style-helpers.js';
import { defineLayer, place } from './layer.js';

export const posts = defineLayer({
  group: 'posts',
  label: 'Turkish observation posts',
  kinds: ['observation-point'],
  defaultVisible: true,
  layers: [
    place(52, {
      id: 'post-icon',
      type: 'symbol',
      source: 'features',
      filter: kindIs('observation-point'),
      layout: { 'icon-image': 'post', 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    }),
    place(62, {
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
    }),
  ],
  legend: [
    {
      swatch: { shape: 'icon', image: 'post' },
      label: 'Turkish observation post (position approximate, see each post)',
    },
  ],
  pickable: ['post-icon'],
  list: { heading: 'Turkish observation posts', order: 6 },
});
