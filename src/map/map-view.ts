/**
 * What the UI may ask of the map, as an interface with no MapLibre import, so UI modules stay out
 * of the MapLibre chunk and work (with `map === null`) when WebGL is unavailable. Implemented in
 * `src/map/map-controller.ts`, which is loaded with MapLibre.
 */
import type { FeatureCollection } from 'geojson';
import type { DisplayScale } from './projector-scale.js';
import type { LayerGroupId } from './layer-groups.js';
import type { LazySourceId } from './layers/layer.js';

/** A camera position: centre longitude/latitude and zoom. */
export interface MapCamera {
  lng: number;
  lat: number;
  zoom: number;
}

/** Options for {@link MapView.showFeature}. */
export interface ShowFeatureOptions {
  /**
   * Animate the move; `false` jumps (always jumps under `prefers-reduced-motion`).
   * @defaultValue `true`
   */
  animate?: boolean;
}

/**
 * A GeoJSON drawn over the map's own layers by a UI module (the zone-width explorer, the rival
 * reading). Added for the teacher tools; implemented in `src/map/overlays.ts`.
 */
export interface MapOverlay {
  /** Stable id; setting the same id again replaces the data and style. */
  id: string;
  data: FeatureCollection;
  /** Fill colour of polygons. */
  fill: string;
  /** @defaultValue `0.35` */
  fillOpacity?: number;
  /** Outline colour of polygons and colour of lines. */
  stroke: string;
  /** @defaultValue `2` */
  strokeWidth?: number;
  /** Dash pattern of the outline, in line widths. */
  strokeDash?: readonly number[];
  /** A pattern (one of the map's images) drawn instead of the plain fill, not antialiased. */
  fillPattern?: string;
  /** Drawn just beneath this style layer of the map; else above every layer. */
  beneath?: string;
}

/** The map as the UI sees it. */
export interface MapView {
  /** Current camera. */
  getCamera(): MapCamera;
  /** Moves the camera (a jump, no animation). */
  setCamera(camera: MapCamera): void;
  /** Frames a bounding box [west, south, east, north]. */
  fitBounds(bounds: [number, number, number, number], options?: ShowFeatureOptions): void;
  /** Moves the camera to a feature (by id) so it is in view. */
  showFeature(featureId: string, options?: ShowFeatureOptions): void;
  /** Pans (without zooming) only if the feature's anchor is outside the view. */
  revealFeature(featureId: string): void;
  /** Zooms in (`+1`) or out (`-1`) around the centre. */
  zoomBy(delta: number): void;
  /** Pans by a share of the viewport: `dx`, `dy` in [-1, 1] (positive: east, south). */
  panBy(dx: number, dy: number): void;
  /** Gives a source its data once loaded (the villages when first shown, the ground after the first view). */
  setSourceData(source: LazySourceId, data: FeatureCollection): void;
  /** Shows or hides every style layer of a group. */
  setGroupVisible(groupId: LayerGroupId, visible: boolean): void;
  /** Shows the dated layers' features valid on `date` (ISO). */
  setDate(date: string): void;
  /** Marks the selected feature on the map (`null` clears). */
  setSelected(featureId: string | null): void;
  /** Marks features as highlighted (hover, keyboard focus, presenter). */
  setHighlighted(ids: readonly string[]): void;
  /** Calls back with a feature id when the reader clicks or taps a feature. */
  onFeatureClick(listener: (featureId: string) => void): void;
  /** Calls back after the camera stopped moving. */
  onMoveEnd(listener: (camera: MapCamera) => void): void;
  /** Draws or replaces an overlay (optional: views without it draw no overlays). */
  setOverlay?(overlay: MapOverlay): void;
  /** Removes an overlay by id. */
  removeOverlay?(id: string): void;
  /** Calls back with `[lng, lat]` for a click or tap anywhere on the map; returns the unsubscribe. */
  onMapClick?(listener: (lngLat: [number, number]) => void): () => void;
  /**
   * The canvas MapLibre draws into, just redrawn: read it at once (in the same task), as the map
   * keeps no copy of a frame once it is shown.
   */
  getCanvas?(): HTMLCanvasElement;
  /**
   * The longitude at `x` pixels from the map's left edge (on the north-up map a vertical line
   * of the screen is a meridian).
   */
  lngAtX?(x: number): number;
  /** Calls back on every frame of a camera move and on resize; returns the unsubscribe. */
  onMove?(listener: () => void): () => void;
  /**
   * Draws every layer's text, icons, lines and circles larger (`null`: as the layer registry
   * defines them), overlays included.
   */
  setDisplayScale?(scale: DisplayScale | null): void;
  /** The element MapLibre draws into. */
  readonly container: HTMLElement;
}
