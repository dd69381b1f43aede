/**
 * How far the derived lines may be off, km. These are estimates from the method (the spacing of
 * the places they are drawn from, the road drawn straight between towns), not measured against
 * surveyed positions: the map draws each line as a band this wide on each side, and the cards say
 * the figure is claimed, not measured.
 */

/** The contact line, the zone's edges and the territory: places are about 5–10 km apart. */
export const LINE_ACCURACY_KM = 5;

/** The schematic M4 and M5: straight segments between the towns they pass. */
export const HIGHWAY_ACCURACY_KM = 3;

/** Metres per pixel at zoom 0 on MapLibre's 512-pixel tiles, at the equator. */
const METRES_PER_PIXEL_Z0 = 40_075_016.686 / 512;

/** Latitude the map is centred on (Idlib), for converting km to pixels. */
const LATITUDE = 35.8;

/**
 * A line width in pixels, as a MapLibre zoom expression, that covers `km` on each side of a
 * line at the map's latitude (exact at every zoom: the width doubles with each zoom level).
 */
export function bandWidth(km: number): ['interpolate', ['exponential', 2], ['zoom'], ...number[]] {
  const metresPerPixel = (z: number) =>
    (METRES_PER_PIXEL_Z0 * Math.cos((LATITUDE * Math.PI) / 180)) / 2 ** z;
  const width = (z: number) => Math.round(((2 * km * 1000) / metresPerPixel(z)) * 100) / 100;
  return ['interpolate', ['exponential', 2], ['zoom'], 4, width(4), 14, width(14)];
}
