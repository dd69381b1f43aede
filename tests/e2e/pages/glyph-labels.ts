/** Labels the glyph page draws, west to east; `Hamah` is the plain-Latin control for `Ḩamāh`. */
export const GLYPH_LABELS = ['Hamah', 'Ḩamāh', 'Maʿarrat an-Nuʿmān', 'إدلب', ''];
