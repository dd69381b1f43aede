/**
 * Waits for MapLibre's first `load`, turning its silent failures into errors (issue 16): an
 * `error` event before the first load (a worker or source that failed), or no load at all
 * within {@link MAP_LOAD_TIMEOUT_MS} (a worker script that never arrived leaves MapLibre waiting
 * forever, the map blank).
 */

/** How long the first `load` may take: ten times a slow software-GL machine's. */
export const MAP_LOAD_TIMEOUT_MS = 15_000;

/** The parts of a MapLibre map used here. */
export interface LoadingMap {
  once(type: 'load', listener: () => void): unknown;
  on(type: 'error', listener: (event: { error?: unknown }) => void): unknown;
  off(type: 'error', listener: (event: { error?: unknown }) => void): unknown;
}

/** Resolves on the first `load`; rejects on an earlier `error` or after `timeoutMs`. */
export function whenMapLoads(map: LoadingMap, timeoutMs = MAP_LOAD_TIMEOUT_MS): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (event: { error?: unknown }) => {
      finish();
      reject(event.error instanceof Error ? event.error : new Error('the map reported an error'));
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`the map did not load within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      map.off('error', onError);
    };
    map.on('error', onError);
    map.once('load', () => {
      finish();
      resolve();
    });
  });
}
