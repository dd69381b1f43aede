import {
  GPUInitializationError,
  Map as MapLibreMap,
  prewarm,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { IDLIB_BOUNDS } from './bounds.js';
import { styleImage } from './images.js';

export { createMapView } from './map-controller.js';

/** Options for {@link createMap}. */
export interface CreateMapOptions {
  /** Element the map is drawn into. */
  container: HTMLElement;
  /** The complete style, built in code. */
  style: StyleSpecification;
  /**
   * Initial view, [west, south, east, north].
   * @defaultValue the Idlib de-escalation area, {@link IDLIB_BOUNDS}
   */
  bounds?: [number, number, number, number];
}

export { IDLIB_BOUNDS };

// The worker starts loading with this module, while the page still fetches its data.
setWorkerUrl(workerUrl);
prewarm();

/** Whether `error` is MapLibre's report that this browser cannot give it a WebGL2 context. */
export const isNoWebGlError = (error: unknown): boolean => error instanceof GPUInitializationError;

/**
 * Creates the MapLibre map with its worker served from this origin (so `worker-src 'self'` holds),
 * no remote resources, no attribution control (the app shows its own credits), no built-in
 * keyboard handler (the app's own keyboard walk takes the map's single tab stop), and the style's
 * patterns and icons drawn on demand.
 */
export function createMap(options: CreateMapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container: options.container,
    style: options.style,
    bounds: options.bounds ?? IDLIB_BOUNDS,
    attributionControl: false,
    maplibreLogo: false,
    keyboard: false,
    // Labels appear at once rather than fading in over 300 ms: each fade frame is a full redraw,
    // and in software WebGL the fade alone kept the first view from idle for about 0.4 s
    // (`npm run bench`, load to idle 577 → 156 ms, issue 15).
    fadeDuration: 0,
  });
  map.setMissingStyleImageResolver((id) => {
    const image = styleImage(id);
    if (!image || map.hasImage(id)) return;
    const { width: w, height: h } = image;
    // The road shield stretches around its text, keeping its 3-pixel rim.
    const stretch =
      id === 'shield'
        ? {
            content: [3, 3, w - 3, h - 3] as [number, number, number, number],
            stretchX: [[3, w - 3]] as [number, number][],
            stretchY: [[3, h - 3]] as [number, number][],
          }
        : {};
    map.addImage(id, image, { pixelRatio: 2, ...stretch });
  });
  map.getCanvas().tabIndex = -1;
  return map;
}
