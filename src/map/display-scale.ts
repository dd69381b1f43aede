/**
 * A display scale: every style layer's text, icons, lines and circles drawn larger (presenter
 * mode on a projector), computed from the layer registry's own values so that scale `null`
 * restores exactly what the registry says. Pure; the map view applies the values.
 */
import type { LayerSpecification } from 'maplibre-gl';

/** Factors by which the map's symbols are drawn larger. */
export interface DisplayScale {
  /** `text-size`, `text-halo-width` and the shield's `icon-text-fit-padding` (all in px). */
  text: number;
  /** `icon-size` (icons not stretched around their text). */
  icon: number;
  /** `line-width` and `circle-stroke-width`. */
  line: number;
  /** The thinnest a scaled line may be, px (a 0-wide line stays 0). */
  lineMin: number;
  /** `circle-radius`. */
  circle: number;
}

/**
 * The projector scale of presenter mode, for a class reading a 1920×1080 projection about 2.5 m
 * wide from 8 m away: there 1 px ≈ 1.3 mm, and 1 arcminute ≈ 2.3 mm ≈ 1.8 px. Legible characters
 * need a cap height of at least 16′ (ANSI/HFES 100; 20–22′ preferred): 37 mm ≈ 29 px, a font size
 * of about 40 px (cap height ≈ 0.72 em). The map's 13-px labels (cities, countries) × 3 = 39 px
 * reach that minimum (the browser test measures "Idlib" at 28 px of ink against 9 px), its 11-px
 * labels (posts, villages, road numbers) 33 px, about 13′; the preferred 20′ would take 3.8× and
 * hide most names of a chapter's view by collision (at 3× chapter 1 keeps 7 of its 10 cities).
 * Icons and dots × 2.5 stay in proportion to the labels; lines × 2 and at least 4 px (5 mm, over
 * 2′, well above the 1′ an eye resolves, allowing for projector blur): the 3.5-px contact line
 * becomes 7 px, the 9-px highlight 18 px, so the thick lines do not bury the map.
 */
export const PROJECTOR_SCALE: DisplayScale = {
  text: 3,
  icon: 2.5,
  line: 2,
  lineMin: 4,
  circle: 2.5,
};

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
/** A line width at the scale: × `line`, at least `lineMin` (0 stays 0). */
export const lineScaler =
  (scale: DisplayScale): Scaler =>
  (v) =>
    v === 0 ? 0 : Math.max(scale.lineMin, v * scale.line);

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
