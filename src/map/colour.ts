/** Parses `#rrggbb` into [r, g, b] (0–255); throws naming the input otherwise. */
export function parseColour(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`parseColour: "${hex}" is not #rrggbb`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}
