/**
 * Map colours. Chosen to stay distinguishable with the common colour-vision deficiencies
 * (Okabe–Ito hues for the thematic layers) and to print legibly in greyscale.
 */
export const PALETTE = {
  sea: '#b9d3e3',
  land: '#ece8df',
  syria: '#f8f6f1',
  border: '#6b6b6b',
  turkishBorder: '#222222',
  countryLabel: '#4a4a4a',
  labelHalo: '#ffffff',
} as const;
