/**
 * Map colours. Thematic hues are from the Okabe–Ito palette, distinguishable with the common
 * colour-vision deficiencies; every thematic layer also differs by pattern, dash or symbol shape,
 * so nothing is told by colour alone, and the map prints legibly in greyscale.
 */
export const PALETTE = {
  sea: '#b9d3e3',
  land: '#ece8df',
  syria: '#f8f6f1',
  border: '#6b6b6b',
  turkishBorder: '#222222',
  countryLabel: '#4a4a4a',
  labelHalo: '#ffffff',
  /**
   * Lilac: opposition-held area (plain tint). Not a blue: a pale blue tint read as sea.
   */
  opposition: '#8e6cc0',
  /** Neutral grey: government-held area (dotted). */
  government: '#8c8c8c',
  /** Okabe–Ito bluish green: held by Turkey and Turkish-backed groups (striped). */
  turkishHeld: '#009e73',
  /** Kurdish-led SDF area (upright stripes). */
  sdf: '#5c5c99',
  /** Idlib province outline. */
  province: '#3d3d3d',
  /** Okabe–Ito vermillion: the contact line. */
  contactLine: '#d55e00',
  /** Okabe–Ito orange: the zone. */
  zone: '#e69f00',
  /** The 0–15 km band: the zone orange at half strength over Syria's land, opaque so the hatching beneath does not show through. */
  zoneCore: '#efca78',
  /** Dark orange for the hatching and the zone's inner edge. */
  zoneInk: '#9a5b00',
  /** Highways. */
  highway: '#333333',
  /** The highway shield's body (its number is written in white). */
  shield: '#1d3f6e',
  /** Okabe–Ito reddish purple: the Turkish observation posts. */
  post: '#cc79a7',
  postInk: '#6b2350',
  /** The ring round a post surrounded by government-held ground: near-black, thick. */
  postSurrounded: '#1a1a1a',
  /** The ring of an opposition-held village's dot. */
  villageRing: '#1f5f86',
  /** Cities. */
  city: '#1b1b1b',
  /** Rivers (GSHHG): a mid water blue, darker than the sea so a thin line still reads. */
  river: '#4d8fc7',
  /** Names of mountains and plains: an earth brown, never used for a line or area. */
  relief: '#7b5b3a',
  /** Other places' names (GeoNames), quieter than the cities'. */
  placeLabel: '#3d3d3d',
  /** Okabe–Ito blue: selection and highlight rings. */
  selection: '#0072b2',
  /** Okabe–Ito yellow: hover/keyboard highlight halo. */
  highlight: '#f0e442',
  /**
   * Overlays a mode draws, each in a colour no other symbol uses: the rival reading is a zone,
   * so it keeps the zone's orange family with its own dashed dark-orange edge; the presenter's
   * M4 corridor is Okabe–Ito sky blue (a band, never large enough to read as sea) with a dark
   * blue edge; the explorer's what-if band is a white veil with a black dashed edge.
   */
  rivalFill: '#e69f00',
  rivalEdge: '#7a3d00',
  corridorFill: '#56b4e9',
  corridorEdge: '#1f4e79',
  explorerFill: '#ffffff',
  explorerEdge: '#000000',
} as const;
