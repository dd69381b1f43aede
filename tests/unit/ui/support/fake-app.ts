/**
 * A context over the published data with a fake window and a fake map view that records what
 * the UI asked of it, for UI unit tests under happy-dom.
 */
import type { LayerGroupId } from '../../../../src/map/layer-groups.js';
import type { MapOverlay, MapView } from '../../../../src/map/map-view.js';
import { createAppContext, type AppController } from '../../../../src/ui/app/controller.js';
import type { HashWindow } from '../../../../src/ui/app/hash-state.js';
import { features, quotes } from '../../content/published-data.js';

/** A window whose hash the test controls. */
export function fakeWindow(hash = '') {
  const listeners: (() => void)[] = [];
  const win: HashWindow & { fire(): void } = {
    location: { hash, pathname: '/', search: '' },
    history: {
      replaceState(_data, _unused, url) {
        const text = String(url);
        win.location.hash = text.startsWith('#') ? text : '';
      },
    },
    addEventListener: (_type, listener) => listeners.push(listener),
    fire: () => listeners.forEach((l) => l()),
  };
  return win;
}

/** A map view that draws nothing and remembers the state it was told. */
export interface FakeMap extends MapView {
  visible: Map<LayerGroupId, boolean>;
  highlighted: readonly string[];
  selected: string | null;
  date: string;
  overlays: Map<string, MapOverlay>;
  calls: string[];
  /** Listeners of camera moves; `move()` calls them. */
  moves: Set<() => void>;
  move(): void;
  /** The longitude at the left edge and degrees per pixel (`lngAtX`). */
  west: number;
  degreesPerPixel: number;
  scale: unknown;
}

export function fakeMap(doc: Document): FakeMap {
  const noop = () => undefined;
  const map: FakeMap = {
    visible: new Map(),
    highlighted: [],
    selected: null,
    date: '2018-09-17',
    overlays: new Map(),
    calls: [],
    moves: new Set(),
    move: () => map.moves.forEach((l) => l()),
    west: 35.5,
    degreesPerPixel: 0.002,
    scale: null,
    container: doc.createElement('div'),
    getCamera: () => ({ lng: 36.6, lat: 35.8, zoom: 8 }),
    setCamera: noop,
    fitBounds: noop,
    showFeature: noop,
    revealFeature: noop,
    zoomBy: noop,
    panBy: noop,
    setSourceData: noop,
    setDate(date) {
      map.calls.push(`date ${date}`);
      map.date = date;
    },
    setGroupVisible(group, visible) {
      map.calls.push(`visible ${group} ${visible}`);
      map.visible.set(group, visible);
    },
    setSelected(id) {
      map.calls.push(`select ${id}`);
      map.selected = id;
    },
    setHighlighted(ids) {
      map.calls.push(`highlight ${ids.join(',')}`);
      map.highlighted = ids;
    },
    setOverlay(overlay) {
      map.calls.push(`overlay ${overlay.id}`);
      map.overlays.set(overlay.id, overlay);
    },
    removeOverlay(id) {
      map.calls.push(`remove ${id}`);
      map.overlays.delete(id);
    },
    onFeatureClick: noop,
    onMoveEnd: noop,
    lngAtX: (x) => map.west + x * map.degreesPerPixel,
    onMove(listener) {
      map.moves.add(listener);
      return () => map.moves.delete(listener);
    },
    setDisplayScale(scale) {
      map.calls.push(`scale ${scale ? 'on' : 'off'}`);
      map.scale = scale;
    },
  };
  return map;
}

/** The app's context over the published features and quotes, with a fake map attached. */
export function fakeApp(hash = ''): {
  ctx: AppController;
  map: FakeMap;
  win: ReturnType<typeof fakeWindow>;
} {
  const win = fakeWindow(hash);
  const ctx = createAppContext({
    features: features().features,
    quotes: quotes(),
    win,
    announcer: () => undefined,
    notifier: () => undefined,
  });
  const map = fakeMap(document);
  for (const [group, visible] of ctx.mapState.layers) map.visible.set(group, visible);
  ctx.attachMap(map);
  return { ctx, map, win };
}
