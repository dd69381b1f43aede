/** Small expression builders shared by the style modules. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { PALETTE } from './palette.js';

/** True for features whose `kind` is one of `kinds`. */
export const kindIs = (...kinds: string[]): ExpressionSpecification => [
  'in',
  ['get', 'kind'],
  ['literal', kinds],
];
/** True for zone features of the given depth in km. */
export const depthIs = (km: number): ExpressionSpecification => [
  '==',
  ['to-number', ['get', 'depthKm'], 0],
  km,
];
/** The white halo every label gets. */
export const halo = { 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.6 } as const;
