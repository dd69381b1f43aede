/**
 * A display scale applied: every style layer's text, icons, lines and circles drawn larger
 * (presenter mode on a projector), computed from the layer registry's own values so that scale
 * `null` restores exactly what the registry says. Pure; the map view loads it with the first
 * scale it is given (out of the first view) and applies the values.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { lineScaler, type DisplayScale } from './projector-scale.js';

export { PROJECTOR_SCALE, lineScaler, type DisplayScale } from './projector-scale.js';

/**
 * The style specification's defaults of the scaled properties, for layers that leave them unset
 * (a unit test compares them with `@maplibre/maplibre-gl-style-spec`).
 */
export const SPEC_DEFAULTS = {
  'text-size': 16,
  'text-halo-width': 0,
  'icon-size': 1,
  'icon-text-fit-padding': [0, 0, 0, 0],
  'line-width': 1,
  'circle-radius': 5,
  'circle-stroke-width': 0,
} as const;

/** A property the scale changes. */
export type ScaledProperty = keyof typeof SPEC_DEFAULTS;

/** One property of one layer at a scale: `value` `undefined` means the spec's default. */
export interface ScaledValue {
  layer: string;
  kind: 'layout' | 'paint';
  property: ScaledProperty;
  value: unknown;
}

type Scaler = (value: number) => number;

/**
 * Scales a property value: a number, or the outputs of a zoom `interpolate` / `step` (a zoom
 * expression may not be nested), or any other expression by multiplying it.
 */
export function scaleValue(value: unknown, by: Scaler): unknown {
  if (typeof value === 'number') return by(value);
  if (!Array.isArray(value)) return value;
  const [op] = value as unknown[];
  if (op === 'interpolate' || op === 'interpolate-hcl' || op === 'interpolate-lab')
    return value.map((v, i) => (i >= 3 && i % 2 === 0 ? scaleValue(v, by) : v));
  if (op === 'step') return value.map((v, i) => (i >= 2 && i % 2 === 0 ? scaleValue(v, by) : v));
  if (value.every((v) => typeof v === 'number')) return value.map((v) => scaleValue(v, by));
  const factor = by(1);
  return ['*', factor, value];
}

const factorOf =
  (n: number): Scaler =>
  (v) =>
    v * n;
/** What a layer type scales, and by which factor. */
function scaledOf(
  spec: LayerSpecification,
  scale: DisplayScale,
): [ScaledValue['kind'], ScaledProperty, Scaler][] {
  const layout = (spec as { layout?: Record<string, unknown> }).layout ?? {};
  const text = factorOf(scale.text);
  const line = lineScaler(scale);
  switch (spec.type) {
    case 'symbol': {
      const out: [ScaledValue['kind'], ScaledProperty, Scaler][] = [];
      const fitted = (layout['icon-text-fit'] ?? 'none') !== 'none';
      if (layout['text-field'] !== undefined)
        out.push(['layout', 'text-size', text], ['paint', 'text-halo-width', text]);
      if (layout['icon-image'] !== undefined)
        out.push(
          fitted
            ? ['layout', 'icon-text-fit-padding', text]
            : ['layout', 'icon-size', factorOf(scale.icon)],
        );
      return out;
    }
    case 'line':
      return [['paint', 'line-width', line]];
    case 'circle':
      return [
        ['paint', 'circle-radius', factorOf(scale.circle)],
        ['paint', 'circle-stroke-width', line],
      ];
    default:
      return [];
  }
}

/**
 * Whether a value is a width on the ground: a zoom interpolation with base 2 doubles with each
 * zoom level, as a distance does (the contact line's and highways' accuracy bands). A display
 * scale leaves it alone: drawn wider, it would claim a wider error than stated.
 */
export function isGroundWidth(value: unknown): boolean {
  if (!Array.isArray(value) || value[0] !== 'interpolate') return false;
  const [, curve, input] = value as unknown[];
  return (
    Array.isArray(curve) &&
    curve[0] === 'exponential' &&
    curve[1] === 2 &&
    Array.isArray(input) &&
    input[0] === 'zoom'
  );
}

/**
 * Every scaled property of `layers` at `scale`, from the layers' own values (their specs as the
 * registry defines them); `scale` `null` gives the registry's values back. Widths on the ground
 * ({@link isGroundWidth}) are not scaled.
 */
export function scaledValues(
  layers: readonly LayerSpecification[],
  scale: DisplayScale | null,
): ScaledValue[] {
  const identity: DisplayScale = { text: 1, icon: 1, line: 1, lineMin: 0, circle: 1 };
  const own = (spec: LayerSpecification, kind: ScaledValue['kind'], property: ScaledProperty) =>
    (spec as Partial<Record<'layout' | 'paint', Record<string, unknown>>>)[kind]?.[property];
  return layers.flatMap((spec) =>
    scaledOf(spec, scale ?? identity)
      .filter(([kind, property]) => !isGroundWidth(own(spec, kind, property)))
      .map(([kind, property, by]) => {
        const base = own(spec, kind, property);
        const value =
          scale === null ? base : scaleValue(base ?? structuredClone(SPEC_DEFAULTS[property]), by);
        return { layer: spec.id, kind, property, value };
      }),
  );
}
