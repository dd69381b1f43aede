/**
 * The optional {@link MapView} overlay methods over a MapLibre map: GeoJSON sources drawn above
 * the app's own layers (the zone-width explorer's live band, the rival reading), clicks anywhere
 * on the map, and the canvas for image export. `createMapView` spreads these into its view.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapOverlay, MapView } from './map-view.js';

/** The overlay part of a {@link MapView}. */
export type OverlayMethods = Required<
  Pick<MapView, 'setOverlay' | 'removeOverlay' | 'onMapClick' | 'getCanvas'>
>;

const fillId = (id: string) => `overlay-${id}-fill`;
const lineId = (id: string) => `overlay-${id}-line`;
const sourceId = (id: string) => `overlay-${id}`;

/** Creates the overlay methods for a loaded map. */
export function overlayMethods(map: MapLibreMap): OverlayMethods {
  const paint = (overlay: MapOverlay) => {
    map.setPaintProperty(fillId(overlay.id), 'fill-color', overlay.fill);
    map.setPaintProperty(fillId(overlay.id), 'fill-opacity', overlay.fillOpacity ?? 0.35);
    map.setPaintProperty(lineId(overlay.id), 'line-color', overlay.stroke);
    map.setPaintProperty(lineId(overlay.id), 'line-width', overlay.strokeWidth ?? 2);
    if (overlay.strokeDash)
      map.setPaintProperty(lineId(overlay.id), 'line-dasharray', [...overlay.strokeDash]);
  };
  return {
    setOverlay(overlay) {
      const existing = map.getSource<GeoJSONSource>(sourceId(overlay.id));
      if (existing) {
        existing.setData(overlay.data);
        paint(overlay);
        return;
      }
      map.addSource(sourceId(overlay.id), { type: 'geojson', data: overlay.data });
      map.addLayer({
        id: fillId(overlay.id),
        type: 'fill',
        source: sourceId(overlay.id),
        filter: ['==', ['geometry-type'], 'Polygon'],
      });
      map.addLayer({ id: lineId(overlay.id), type: 'line', source: sourceId(overlay.id) });
      paint(overlay);
    },
    removeOverlay(id) {
      for (const layer of [lineId(id), fillId(id)]) if (map.getLayer(layer)) map.removeLayer(layer);
      if (map.getSource(sourceId(id))) map.removeSource(sourceId(id));
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
  };
}
