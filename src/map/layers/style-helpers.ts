/** Small expression builders shared by the layer modules. */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { FeatureKind } from '../../domain/kinds.js';
import { PALETTE } from '../../domain/palette.js';

/** True for features whose `kind` is one of `kinds`. */
export const kindIs = (...kinds: FeatureKind[]): ExpressionSpecification => [
  'in',
  ['get', 'kind'],
  ['literal', kinds],
];

/** True for the feature with this published id. */
export const idIs = (id: string): FilterSpecification => ['==', ['get', 'id'], id];

/** The white halo every label gets. */
export const halo = { 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.6 } as const;
