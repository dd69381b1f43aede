import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

/** Options for {@link createMap}. */
export interface CreateMapOptions {
  /** Element the map is drawn into. */
  container: HTMLElement;
  /** The complete style, built in code. */
  style: StyleSpecification;
  /**
   * Initial view, [west, south, east, north].
   * @defaultValue the Idlib de-escalation area, `[35.6, 35.0, 37.4, 36.6]`
   */
  bounds?: [number, number, number, number];
}

/** Idlib and its surroundings: the first view. */
export const IDLIB_BOUNDS: [number, number, number, number] = [35.6, 35.0, 37.4, 36.6];

/**
 * Creates the MapLibre map with its worker served from this origin (so `worker-src 'self'` holds),
 * no remote resources, and an attribution control the app fills in itself.
 */
export function createMap(options: CreateMapOptions): MapLibreMap {
  setWorkerUrl(workerUrl);
  return new MapLibreMap({
    container: options.container,
    style: options.style,
    bounds: options.bounds ?? IDLIB_BOUNDS,
    attributionControl: false,
    maplibreLogo: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
}
