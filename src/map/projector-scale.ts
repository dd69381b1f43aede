/**
 * The display scale's figures (presenter mode on a projector): the factors, and a line width at a
 * scale. Small and in the first view; the scaling of the whole style is `display-scale.ts`.
 */

/** Factors by which the map's symbols are drawn larger. */
export interface DisplayScale {
  /** `text-size`, `text-halo-width` and the shield's `icon-text-fit-padding` (all in px). */
  text: number;
  /** `icon-size` (icons not stretched around their text). */
  icon: number;
  /** `line-width` and `circle-stroke-width`. */
  line: number;
  /** The thinnest a scaled line may be, px (a 0-wide line stays 0). */
  lineMin: number;
  /** `circle-radius`. */
  circle: number;
}

/**
 * The projector scale of presenter mode, for a class reading a 1920×1080 projection about 2.5 m
 * wide from 8 m away: there 1 px ≈ 1.3 mm, and 1 arcminute ≈ 2.3 mm ≈ 1.8 px. Legible characters
 * need a cap height of at least 16′ (ANSI/HFES 100; 20–22′ preferred): 37 mm ≈ 29 px, a font size
 * of about 40 px (cap height ≈ 0.72 em). The map's 13-px labels (cities, countries) × 3 = 39 px
 * reach that minimum (the browser test measures "Idlib" at 28 px of ink against 9 px), its 11-px
 * labels (posts, villages, road numbers) 33 px, about 13′; the preferred 20′ would take 3.8× and
 * hide most names of a chapter's view by collision (at 3× chapter 1 keeps 7 of its 10 cities).
 * Icons and dots × 2.5 stay in proportion to the labels; lines × 2 and at least 4 px (5 mm, over
 * 2′, well above the 1′ an eye resolves, allowing for projector blur): the 3.5-px contact line
 * becomes 7 px, the 9-px highlight 18 px, so the thick lines do not bury the map.
 */
export const PROJECTOR_SCALE: DisplayScale = {
  text: 3,
  icon: 2.5,
  line: 2,
  lineMin: 4,
  circle: 2.5,
};

type Scaler = (value: number) => number;

/** A line width at the scale: × `line`, at least `lineMin` (0 stays 0). */
export const lineScaler =
  (scale: DisplayScale): Scaler =>
  (v) =>
    v === 0 ? 0 : Math.max(scale.lineMin, v * scale.line);
