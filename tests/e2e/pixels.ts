import { PNG } from 'pngjs';

/** Parses `#rrggbb` into [r, g, b]. */
export function parseHex(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`parseHex: "${hex}" is not #rrggbb`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/** Share (0–1) of a PNG's pixels within `tolerance` (per channel) of a colour. */
export function colourShare(png: Buffer, hex: string, tolerance = 6): number {
  const image = PNG.sync.read(png);
  const [r, g, b] = parseHex(hex);
  let hits = 0;
  const pixels = image.width * image.height;
  for (let i = 0; i < image.data.length; i += 4) {
    if (
      Math.abs((image.data[i] ?? 0) - r) <= tolerance &&
      Math.abs((image.data[i + 1] ?? 0) - g) <= tolerance &&
      Math.abs((image.data[i + 2] ?? 0) - b) <= tolerance
    ) {
      hits++;
    }
  }
  return pixels === 0 ? 0 : hits / pixels;
}
