/**
 * The static map's patterns and icons, drawn as vectors to match the pixels of `../images.ts`
 * (which MapLibre gets at pixel ratio 2, so an image pixel is half a CSS pixel): the zone's
 * hatching, the territory's dots and stripes, the city dot and the observation-post triangle.
 * Sizes are CSS pixels; the stylesheet scales the patterns by `--k` so that they stay so.
 */
import { PALETTE } from '../../domain/palette.js';

/** A pattern tile of `size` CSS pixels. */
const pattern = (id: string, size: number, body: string) =>
  `<pattern id="sm-${id}" patternUnits="userSpaceOnUse" width="${size}" height="${size}">${body}</pattern>`;

/** Diagonal hatch lines x + y = c, 1.5 px across along the axes (images.ts: (x+y) % 16 < 3). */
const hatchLines = [0.75, 8.75, 16.75].map((c) => `M${c + 1} -1L-1 ${c + 1}`).join('');

/** The observation post: white rim, dark rim, fill (images.ts `post`, insets 0, 2.4, 5.2). */
function triangle(inset: number, colour: string): string {
  const top = (2 + inset * 2 - 20) / 2;
  const bottom = (38 - inset - 20) / 2;
  const half = (18 - inset * 1.7) / 2;
  const r = (v: number) => Math.round(v * 100) / 100;
  return `<path d="M0 ${r(top)}L${r(half)} ${r(bottom)}H${r(-half)}z" fill="${colour}"/>`;
}

/** The `<defs>` content of the static map. */
export const STATIC_DEFS = [
  pattern(
    'hatch',
    8,
    `<rect width="8" height="8" fill="${PALETTE.zone}" fill-opacity="0.18"/><path d="${hatchLines}" stroke="${PALETTE.zoneInk}" stroke-opacity="0.9" stroke-width="1.06"/>`,
  ),
  pattern('dots', 6, `<circle cx="3" cy="3" r="0.75" fill="#4d4d4d" fill-opacity="0.55"/>`),
  pattern(
    'stripes',
    6,
    `<rect width="6" height="1" fill="${PALETTE.turkishHeld}" fill-opacity="0.7"/>`,
  ),
  pattern('vstripes', 6, `<rect width="1" height="6" fill="${PALETTE.sdf}" fill-opacity="0.7"/>`),
  `<g id="sm-city"><circle r="5.75" fill="${PALETTE.labelHalo}"/><circle r="4.5" fill="${PALETTE.city}"/></g>`,
  `<g id="sm-post">${triangle(0, '#ffffff')}${triangle(2.4, PALETTE.postInk)}${triangle(5.2, PALETTE.post)}</g>`,
].join('');
