/** The `view` hash key: the map camera as `lng,lat,zoom`, e.g. `view=36.6213,35.7902,8.75`. */
import type { MapCamera } from '../../map/map-view.js';
import type { AppContext } from './app-context.js';
import type { HashKeyHandle } from './hash-state.js';

/** Parses `lng,lat,zoom`; `undefined` when malformed or out of range. */
export function parseCamera(raw: string): MapCamera | undefined {
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return undefined;
  const [lng = NaN, lat = NaN, zoom = NaN] = parts.map(Number);
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return undefined;
  return { lng, lat, zoom };
}

/** Formats a camera to ~10 m and 0.01 zoom. */
export function formatCamera(camera: MapCamera): string {
  return `${camera.lng.toFixed(4)},${camera.lat.toFixed(4)},${camera.zoom.toFixed(2)}`;
}

/**
 * Registers `view`. A view read before the map exists is kept and applied when it attaches;
 * camera moves write it back.
 */
export function registerViewKey(ctx: AppContext): HashKeyHandle<MapCamera> {
  let pending: MapCamera | null = null;
  const handle = ctx.hash.register<MapCamera>({
    key: 'view',
    label: 'map view',
    parse: parseCamera,
    format: formatCamera,
    apply: (camera) => {
      pending = camera;
      if (camera && ctx.map) ctx.map.setCamera(camera);
    },
  });
  ctx.on('map', ({ map }) => {
    if (pending) map.setCamera(pending);
    else if (ctx.selectedId) map.showFeature(ctx.selectedId, { animate: false });
    map.onMoveEnd((camera) => handle.set(camera));
    handle.set(map.getCamera());
  });
  return handle;
}
