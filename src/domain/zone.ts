/**
 * The zone's width rule, in one place. The memorandum (17 Sep 2018, item 3) set a zone 15–20 km
 * deep; the map draws its certain part (the core, 0–15 km) and its uncertain margin (15–20 km),
 * and the rival reading Jaysh al-Izza demanded (the same width carved from both sides). Code
 * refers to the zone features by role; their published ids are a public contract (deep links,
 * the downloaded GeoJSON) and stay as they are.
 */

/** A zone feature's role on the map. */
export type ZoneRole = 'core' | 'margin' | 'split';

/** One zone feature: its published id and depth. */
export interface ZoneSpec {
  /** Published feature id (kept: `#f=dmz-20km` links and the GeoJSON rely on it). */
  id: string;
  /** Depth from the contact line, km. */
  depthKm: number;
}

/** The zone features by role. */
export const ZONE = {
  /** The part every reading agrees on: 0–15 km from the contact line, opposition side. */
  core: { id: 'dmz-15km', depthKm: 15 },
  /** The full agreed depth: 0–20 km (the 15–20 km margin is uncertain). */
  margin: { id: 'dmz-20km', depthKm: 20 },
  /** The rival reading: the same width from both sides, half the depth into each. */
  split: { id: 'dmz-split', depthKm: 20 / 2 },
} as const satisfies Record<ZoneRole, ZoneSpec>;

/** Depth of the rival reading's inner band on each side, km (its uncertain part lies beyond). */
export const SPLIT_INNER_KM = ZONE.core.depthKm / 2;

/** The zone feature ids, each once. */
export const ZONE_IDS = [ZONE.core.id, ZONE.margin.id, ZONE.split.id] as const;

/** "15–20 km": the agreed depth as the memorandum words it. */
export const AGREED_DEPTH_LABEL = `${ZONE.core.depthKm}–${ZONE.margin.depthKm} km`;
