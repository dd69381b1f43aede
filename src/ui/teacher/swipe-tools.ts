/**
 * What the side-by-side comparison loads when first shown, as one chunk out of the first view:
 * the divider (`swipe.ts`, with its CSS) and the clipping at a meridian (Turf's `bbox-clip`).
 */
export { createSwipe } from './swipe.js';
export { clipAtMeridian } from '../../geo/meridian-clip.js';
