/**
 * The map's patterns and icons, drawn pixel by pixel (no image files, no canvas), so the map
 * stays self-contained under the strict CSP. One set of drawings: MapLibre gets them on its
 * `styleimagemissing` event (premultiplied), and the legend, the PNG export and the print
 * handout paint the very same pixels (`src/map/symbols.ts`).
 */
import { parseColour } from './colour.js';
import { PALETTE } from '../domain/palette.js';

/** A raw RGBA image as `map.addImage` accepts it. */
export interface RawImage {
  width: number;
  height: number;
  data: Uint8Array;
}

type Rgba = readonly [number, number, number, number];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Draws an image (straight alpha) by asking `pixel` for the colour at each pixel centre. */
export function drawImage(
  width: number,
  height: number,
  pixel: (x: number, y: number) => Rgba,
): RawImage {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data.set(pixel(x + 0.5, y + 0.5), (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/** The same image with premultiplied alpha, as MapLibre expects raw image data. */
export function premultiplied(image: RawImage): RawImage {
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i += 4) {
    const a = image.data[i + 3] ?? 0;
    for (let c = 0; c < 3; c++) data[i + c] = Math.round(((image.data[i + c] ?? 0) * a) / 255);
    data[i + 3] = a;
  }
  return { width: image.width, height: image.height, data };
}

function rgba(hex: string, alpha: number): Rgba {
  const [r, g, b] = parseColour(hex);
  return [r, g, b, Math.round(alpha * 255)];
}

/** Diagonal hatching over a faint tint: the zone's uncertain 15–20 km margin. */
function hatch(): RawImage {
  const ink = rgba(PALETTE.zoneInk, 0.9);
  const tint = rgba(PALETTE.zone, 0.18);
  return drawImage(16, 16, (x, y) => ((x + y) % 16 < 3 ? ink : tint));
}

/** Sparse dots: government-held area. */
function dots(): RawImage {
  const ink = rgba('#4d4d4d', 0.55);
  return drawImage(12, 12, (x, y) => (Math.hypot(x - 6, y - 6) < 1.5 ? ink : CLEAR));
}

/** Horizontal stripes: held by Turkey and Turkish-backed groups. */
function stripes(): RawImage {
  const ink = rgba(PALETTE.turkishHeld, 0.7);
  return drawImage(12, 12, (_x, y) => (y < 2 ? ink : CLEAR));
}

/** Vertical stripes: the Kurdish-led SDF area. */
function vstripes(): RawImage {
  const ink = rgba(PALETTE.sdf, 0.7);
  return drawImage(12, 12, (x) => (x < 2 ? ink : CLEAR));
}

/** An upward triangle with a dark rim: a Turkish observation post. */
function post(): RawImage {
  const size = 40;
  const fill = rgba(PALETTE.post, 1);
  const rim = rgba(PALETTE.postInk, 1);
  const white = rgba('#ffffff', 1);
  const inside = (x: number, y: number, inset: number) => {
    const top = 2 + inset * 2;
    const bottom = size - 2 - inset;
    if (y < top || y > bottom) return false;
    const half = ((y - top) / (bottom - top)) * (size / 2 - 2 - inset * 1.7);
    return Math.abs(x - size / 2) <= half;
  };
  return drawImage(size, size, (x, y) => {
    if (!inside(x, y, 0)) return CLEAR;
    if (!inside(x, y, 2.4)) return white;
    return inside(x, y, 5.2) ? fill : rim;
  });
}

/**
 * A dark dot with a white rim: a city. An icon rather than a circle layer, so the first frame
 * compiles no circle shader (the posts' icon shader draws it).
 */
function city(): RawImage {
  const size = 24;
  const fill = rgba(PALETTE.city, 1);
  const [r, g, b] = rgba(PALETTE.labelHalo, 1);
  return drawImage(size, size, (x, y) => {
    const d = Math.hypot(x - size / 2, y - size / 2);
    if (d < 9) return fill;
    // The rim's outer edge fades over one pixel, so the dot is not jagged.
    return [r, g, b, Math.round(255 * Math.max(0, Math.min(1, 12 - d)))];
  });
}

/** A dark rounded box the road number is written on (in {@link SHIELD_TEXT}). */
function shield(): RawImage {
  const body = rgba(PALETTE.shield, 1);
  const rim = rgba('#ffffff', 1);
  return drawImage(18, 14, (x, y) => {
    const edge = Math.min(x, y, 18 - x, 14 - y);
    if (edge < 1.5) return rim;
    return body;
  });
}

/**
 * A white cross-hatch: ground whose side rests on inferred or unsourced claims, drawn paler than
 * ground every claim of which is sourced.
 */
function veil(): RawImage {
  const ink = rgba('#ffffff', 0.85);
  return drawImage(10, 10, (x, y) => ((x + y) % 10 < 1.5 || (x - y + 10) % 10 < 1.5 ? ink : CLEAR));
}

const DRAWERS = { hatch, dots, stripes, vstripes, post, city, shield, veil } as const;

/** The name of one of the map's images (a pattern or an icon). */
export type ImageId = keyof typeof DRAWERS;

/** Every image the style may use. */
export const IMAGE_IDS = Object.keys(DRAWERS) as ImageId[];

/** The colour of the text written on a highway shield. */
export const SHIELD_TEXT = '#ffffff';

/** Whether `id` names one of the map's images. */
export const isImageId = (id: string): id is ImageId => Object.hasOwn(DRAWERS, id);

/** Draws the named image (straight alpha), as the legend and export paint it. */
export function symbolImage(id: ImageId): RawImage {
  return DRAWERS[id]();
}

/** Draws the named style image for MapLibre, or `undefined` for a name the style does not use. */
export function styleImage(id: string): RawImage | undefined {
  return isImageId(id) ? premultiplied(DRAWERS[id]()) : undefined;
}
