/**
 * What a thematic layer module owns (one module per layer in this folder): its feature kinds,
 * its style layers with their place in the drawing order, its legend entries and symbols, which
 * of its layers a click can pick, and its place in the list of features. The registry
 * (`registry.ts`) collects the modules; the style, the legend, the export, the URL's `layers=`
 * key, picking and the kinds' list headings all derive from it.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { FeatureKind } from '../../domain/kinds.js';
import type { ImageId } from '../images.js';

/** The GeoJSON sources of the style. */
export type SourceId =
  'basemap' | 'features' | 'territory' | 'settlements' | 'markers' | LazySourceId;

/** Sources whose data arrives after the first view (empty until then). */
export type LazySourceId =
  'settlements' | 'rivers' | 'relief' | 'places' | 'territory' | 'certainty' | 'post-status';

/** How a legend swatch is drawn (`src/map/symbols.ts` draws it for the legend and the export). */
export type Swatch =
  | {
      shape: 'fill';
      /** Tint, drawn at `opacity` over Syria's land colour as on the map. */
      color: string;
      opacity: number;
      /** A pattern drawn over the tint at `patternOpacity` (default 1). */
      pattern?: ImageId;
      patternOpacity?: number;
      /** An edge line. */
      edge?: string;
    }
  | {
      shape: 'line';
      color: string;
      width: number;
      dash?: readonly number[];
      casing?: string;
      opacity?: number;
    }
  | { shape: 'circle'; color: string; hollow?: boolean; ring?: string }
  | { shape: 'icon'; image: ImageId; scale?: number }
  | { shape: 'shield'; text: string }
  | { shape: 'text'; text: string; color: string };

/** One line of the legend. */
export interface LegendEntry {
  swatch: Swatch;
  /** What the symbol means, in plain words. */
  label: string;
}

/** A style layer with a typed id, and `z`: its place in the drawing order (lower is beneath). */
export interface PlacedLayer<L extends string = string> {
  /** The layer shows the features valid on the map's date (`validFrom`/`validTo`). */
  dated?: boolean;
  /**
   * Drawing order: 0 basemap fills, 10 territory, 20 zone, 30 lines, 40 markers, 50 points,
   * 60 labels. Ties keep registry order.
   */
  z: number;
  spec: LayerSpecification & { id: L };
}

/** One thematic layer: a legend group the reader can show and hide. */
export interface LayerModule<G extends string = string, L extends string = string> {
  /** Group id: the legend's toggle, the `layers=` key of links, chapters' layer lists. */
  group: G;
  /** Name in the legend's toggle. */
  label: string;
  /** The feature kinds this layer draws (each kind has one owner). */
  kinds: readonly FeatureKind[];
  /** Shown when no link says otherwise. */
  defaultVisible: boolean;
  layers: readonly PlacedLayer<L>[];
  legend: readonly LegendEntry[];
  /** Layers a click or tap picks features from, most specific first. */
  pickable: readonly L[];
  /** Heading of this layer's features in the list of places, and the heading's order. */
  list?: { heading: string; order: number };
}

/** Defines a layer module; `pickable` must name the module's own layer ids (a type error else). */
export function defineLayer<const G extends string, const L extends string>(
  module: Omit<LayerModule<G, L>, 'pickable'> & { pickable: readonly NoInfer<L>[] },
): LayerModule<G, L> {
  return module;
}

/** A style layer placed at `z`; keeps the id's literal type. */
export function place<const L extends string>(
  z: number,
  spec: LayerSpecification & { id: L },
  options: { dated?: boolean } = {},
): PlacedLayer<L> {
  return { z, spec, ...options };
}
