/**
 * What the UI may ask of the map, as an interface with no MapLibre import, so UI modules stay out
 * of the MapLibre chunk and work (with `map === null`) when WebGL is unavailable. Implemented in
 * `src/map/map-controller.ts`, which is loaded with MapLibre.
 */
import type { LayerGroupId } from './layer-groups.js';

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
  /** Zooms in (`+1`) or out (`-1`) around the centre. */
  zoomBy(delta: number): void;
  /** Pans by a share of the viewport: `dx`, `dy` in [-1, 1] (positive: east, south). */
  panBy(dx: number, dy: number): void;
  /** Shows or hides every style layer of a group. */
  setGroupVisible(groupId: LayerGroupId, visible: boolean): void;
  /** Marks the selected feature on the map (`null` clears). */
  setSelected(featureId: string | null): void;
  /** Marks features as highlighted (hover, keyboard focus, presenter). */
  setHighlighted(ids: readonly string[]): void;
  /** Calls back with a feature id when the reader clicks or taps a feature. */
  onFeatureClick(listener: (featureId: string) => void): void;
  /** Calls back after the camera stopped moving. */
  onMoveEnd(listener: (camera: MapCamera) => void): void;
  /** The element MapLibre draws into. */
  readonly container: HTMLElement;
}
