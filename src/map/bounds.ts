/** Idlib and its surroundings, [west, south, east, north]: the first view and "Show the whole area". */
export const IDLIB_BOUNDS: [number, number, number, number] = [35.6, 35.0, 37.4, 36.6];
