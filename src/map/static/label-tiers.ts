/**
 * Which city names the static first view leaves out on small maps, as MapLibre's collision
 * detection does: names are placed in the data's order and one that would overlap a name already
 * placed is dropped. The picture cannot measure itself without JavaScript, so the names are placed
 * at a few scales at build time; each dropped name gets the class of the largest scale at which
 * it collides (`l1`…), and container queries in `src/ui/app/static-map.css` hide each class below
 * its scale.
 */

/** Scales (screen pixels per frame unit) below which a tier's names are hidden, largest first. */
export const LABEL_TIERS = [1.6, 1.3, 1.0] as const;

/** A city name at its point, in frame units. */
export interface PlacedName {
  x: number;
  y: number;
  text: string;
}

/** Approximate box of a 13 px name, 0.8 em above its point (as the city-label layer sets it). */
function box(name: PlacedName, scale: number): [number, number, number, number] {
  const width = name.text.length * 6.8 + 4;
  const [x, y] = [name.x * scale, name.y * scale];
  return [x - width / 2, y - 10.4 - 15.6 - 2, x + width / 2, y - 10.4 + 2];
}

const overlap = (a: number[], b: number[]) =>
  (a[0] ?? 0) < (b[2] ?? 0) &&
  (b[0] ?? 0) < (a[2] ?? 0) &&
  (a[1] ?? 0) < (b[3] ?? 0) &&
  (b[1] ?? 0) < (a[3] ?? 0);

/** For each name, the 1-based tier below whose scale it is hidden, or 0 if always shown. */
export function labelTiers(names: readonly PlacedName[]): number[] {
  const tiers = names.map(() => 0);
  LABEL_TIERS.forEach((scale, index) => {
    const placed: number[][] = [];
    names.forEach((name, i) => {
      const b = box(name, scale);
      if (placed.some((p) => overlap(p, b))) {
        if (!tiers[i]) tiers[i] = index + 1;
      } else placed.push(b);
    });
  });
  return tiers;
}
