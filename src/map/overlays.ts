/**
 * The optional {@link MapView} overlay methods over a MapLibre map: GeoJSON sources drawn above
 * the app's own layers or in a stated place among them (the zone-width explorer's live band, the
 * rival reading, the side-by-side halves), clicks anywhere on the map, the longitude at a screen
 * x and camera moves (for the side-by-side divider), and the canvas for image export.
 * `createMapView` spreads these into its view.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { lineScaler, type DisplayScale } from './projector-scale.js';
import type { MapOverlay, MapView } from './map-view.js';

/** The overlay part of a {@link MapView}, and the rescaling of the overlays' lines. */
export type OverlayMethods = Required<
  Pick<MapView, 'setOverlay' | 'removeOverlay' | 'onMapClick' | 'getCanvas' | 'lngAtX' | 'onMove'>
> & {
  /** Redraws the overlays' lines at a display scale (`null`: their own widths). */
  rescaleOverlays(scale: DisplayScale | null): void;
};

const fillId = (id: string) => `overlay-${id}-fill`;
const lineId = (id: string) => `overlay-${id}-line`;
const sourceId = (id: string) => `overlay-${id}`;

/** Creates the overlay methods for a loaded map. */
export function overlayMethods(map: MapLibreMap): OverlayMethods {
  const drawn = new Map<string, MapOverlay>();
  let scale: DisplayScale | null = null;
  const width = (overlay: MapOverlay) => {
    const own = overlay.strokeWidth ?? 2;
    return scale ? lineScaler(scale)(own) : own;
  };
  const paint = (overlay: MapOverlay) => {
    const fill = fillId(overlay.id);
    if (overlay.fillPattern) map.setPaintProperty(fill, 'fill-pattern', overlay.fillPattern);
    else map.setPaintProperty(fill, 'fill-color', overlay.fill);
    map.setPaintProperty(fill, 'fill-opacity', overlay.fillOpacity ?? 0.35);
    map.setPaintProperty(lineId(overlay.id), 'line-color', overlay.stroke);
    map.setPaintProperty(lineId(overlay.id), 'line-width', width(overlay));
    if (overlay.strokeDash)
      map.setPaintProperty(lineId(overlay.id), 'line-dasharray', [...overlay.strokeDash]);
  };
  return {
    setOverlay(overlay) {
      drawn.set(overlay.id, overlay);
      const existing = map.getSource<GeoJSONSource>(sourceId(overlay.id));
      if (existing) {
        existing.setData(overlay.data);
        paint(overlay);
        return;
      }
      map.addSource(sourceId(overlay.id), { type: 'geojson', data: overlay.data });
      const before = overlay.beneath && map.getLayer(overlay.beneath) ? overlay.beneath : undefined;
      map.addLayer(
        {
          id: fillId(overlay.id),
          type: 'fill',
          source: sourceId(overlay.id),
          filter: ['==', ['geometry-type'], 'Polygon'],
          // The map's own patterned and opaque fills skip antialiasing (one shader fewer).
          ...(overlay.beneath ? { paint: { 'fill-antialias': false } } : {}),
        },
        before,
      );
      map.addLayer({ id: lineId(overlay.id), type: 'line', source: sourceId(overlay.id) }, before);
      paint(overlay);
    },
    removeOverlay(id) {
      drawn.delete(id);
      for (const layer of [lineId(id), fillId(id)]) if (map.getLayer(layer)) map.removeLayer(layer);
      if (map.getSource(sourceId(id))) map.removeSource(sourceId(id));
    },
    rescaleOverlays(next) {
      scale = next;
      for (const overlay of drawn.values())
        if (map.getLayer(lineId(overlay.id)))
          map.setPaintProperty(lineId(overlay.id), 'line-width', width(overlay));
    },
    onMapClick(listener) {
      const handler = (event: { lngLat: { lng: number; lat: number } }) =>
        listener([event.lngLat.lng, event.lngLat.lat]);
      map.on('click', handler);
      return () => map.off('click', handler);
    },
    getCanvas() {
      // Draw pending changes now, so an export shows the current state even before the next frame.
      map.redraw();
      return map.getCanvas();
    },
    lngAtX(x) {
      return map.unproject([x, map.getCanvas().clientHeight / 2]).lng;
    },
    onMove(listener) {
      const handler = () => listener();
      map.on('move', handler);
      map.on('resize', handler);
      return () => {
        map.off('move', handler);
        map.off('resize', handler);
      };
    },
  };
}
