/**
 * {@link MapView} over a MapLibre map: camera moves (jumps under `prefers-reduced-motion`),
 * group visibility, selection and highlight filters, and feature picking by click or tap.
 * Loaded with MapLibre (its own chunk).
 */
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { AppFeature } from '../types.js';
import { anchorOf, bboxOf } from '../geo/feature-extent.js';
import { findLayerGroup, type LayerGroupId } from './layer-groups.js';
import { markerData, type MarkerRole } from './layers/markers.js';
import { onDate } from './layers/dated.js';
import { PICKABLE, STYLE_LAYERS } from './layers/registry.js';
import type { MapCamera, MapView, ShowFeatureOptions } from './map-view.js';
import { drawnData } from './style.js';
import { overlayMethods } from './overlays.js';

/** Options for {@link createMapView}. */
export interface MapViewOptions {
  /** Space covered by overlays (bottom sheet…), in pixels, for framing features. */
  insets?: () => { top: number; right: number; bottom: number; left: number };
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Wraps a loaded MapLibre map. */
export function createMapView(
  map: MapLibreMap,
  /** The app's features by id, live: features added later (the places) are pickable too. */
  byId: ReadonlyMap<string, AppFeature>,
  options: MapViewOptions = {},
): MapView {
  const padding = () => {
    const inset = options.insets?.() ?? { top: 0, right: 0, bottom: 0, left: 0 };
    return {
      top: inset.top + 40,
      right: inset.right + 40,
      bottom: inset.bottom + 40,
      left: inset.left + 40,
    };
  };
  const marks: Record<MarkerRole, readonly string[]> = { selection: [], highlight: [] };
  const setMarker = (role: MarkerRole, ids: readonly string[]) => {
    marks[role] = [...ids];
    map.getSource<GeoJSONSource>('markers')?.setData(markerData(byId, marks));
  };
  const pick = (features: MapGeoJSONFeature[]): string | undefined => {
    const layers = PICKABLE.filter((id) => map.getLayer(id));
    for (const layer of layers) {
      const hit = features.find((f) => f.layer.id === layer);
      const id = hit?.properties['id'];
      if (typeof id === 'string' && byId.has(id)) return id;
    }
    return undefined;
  };
  const featuresAt = (x: number, y: number) => {
    const r = 10;
    return map.queryRenderedFeatures(
      [
        [x - r, y - r],
        [x + r, y + r],
      ],
      { layers: PICKABLE.filter((id) => map.getLayer(id)) },
    );
  };

  const { rescaleOverlays, ...overlays } = overlayMethods(map);
  type Scaling = typeof import('./display-scale.js');
  let scaling: Promise<Scaling | undefined> = Promise.resolve(undefined);
  let applying: Promise<void> = Promise.resolve();
  /** Sets every scaled property from the registry's own specs (`null`: their values back). */
  const applyScale = (module: Scaling, next: Parameters<Scaling['scaledValues']>[1]) => {
    for (const { layer, kind, property, value } of module.scaledValues(
      STYLE_LAYERS.map((l) => l.spec),
      next,
    )) {
      if (!map.getLayer(layer)) continue;
      // `scaledValues` pairs each property with its kind and a value of the property's type.
      const set = (kind === 'layout' ? map.setLayoutProperty : map.setPaintProperty).bind(map) as (
        layerId: string,
        name: string,
        value: unknown,
      ) => void;
      set(layer, property, value);
    }
    rescaleOverlays(next);
  };

  const view: MapView = {
    container: map.getContainer(),
    ...overlays,
    setDisplayScale(next) {
      // The scaling module loads with the first scale (presenter mode), out of the first view;
      // scales apply in the order given.
      applying = applying
        .then(() => (next ? import('./display-scale.js') : scaling))
        .then((module) => {
          scaling = Promise.resolve(module);
          if (module) applyScale(module, next);
        });
    },
    getCamera() {
      const c = map.getCenter();
      return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
    },
    setCamera(camera: MapCamera) {
      map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
    },
    fitBounds(bounds, opts: ShowFeatureOptions = {}) {
      const animate = (opts.animate ?? true) && !reducedMotion();
      map.fitBounds(bounds, { padding: padding(), animate, maxZoom: 11 });
    },
    showFeature(featureId, opts: ShowFeatureOptions = {}) {
      const feature = byId.get(featureId);
      if (!feature) return;
      const animate = (opts.animate ?? true) && !reducedMotion();
      if (feature.geometry.type === 'Point') {
        const [lng, lat] = feature.geometry.coordinates;
        const zoom = Math.max(map.getZoom(), 9.5);
        const camera = {
          center: [lng ?? 0, lat ?? 0] as [number, number],
          zoom,
          padding: padding(),
        };
        if (animate) map.flyTo({ ...camera, duration: 900 });
        else map.jumpTo(camera);
        return;
      }
      map.fitBounds(bboxOf(feature.geometry), { padding: padding(), animate, maxZoom: 10.5 });
    },
    revealFeature(featureId) {
      const feature = byId.get(featureId);
      if (!feature) return;
      const anchor = anchorOf(feature.geometry);
      if (map.getBounds().contains(anchor)) return;
      map.jumpTo({ center: anchor });
    },
    zoomBy(delta) {
      map.zoomTo(map.getZoom() + delta, { animate: !reducedMotion() });
    },
    panBy(dx, dy) {
      const canvas = map.getCanvas();
      map.panBy([dx * canvas.clientWidth, dy * canvas.clientHeight], {
        animate: !reducedMotion(),
      });
    },
    setSourceData(source, data) {
      map.getSource<GeoJSONSource>(source)?.setData(drawnData(data));
    },
    setGroupVisible(groupId: LayerGroupId, visible: boolean) {
      for (const layer of findLayerGroup(groupId)?.layerIds ?? []) {
        if (map.getLayer(layer))
          map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
      }
    },
    setDate(date) {
      for (const { spec, dated } of STYLE_LAYERS) {
        if (dated && 'filter' in spec && map.getLayer(spec.id))
          map.setFilter(spec.id, onDate(spec.filter, date));
      }
    },
    setSelected(featureId) {
      setMarker('selection', featureId ? [featureId] : []);
    },
    setHighlighted(ids) {
      setMarker('highlight', ids);
    },
    onFeatureClick(listener) {
      map.on('click', (event) => {
        const id = pick(featuresAt(event.point.x, event.point.y));
        if (id) listener(id);
      });
      map.on('mousemove', (event) => {
        map.getCanvas().style.cursor = pick(featuresAt(event.point.x, event.point.y))
          ? 'pointer'
          : '';
      });
    },
    onMoveEnd(listener) {
      map.on('moveend', () => listener(view.getCamera()));
    },
  };
  return view;
}
