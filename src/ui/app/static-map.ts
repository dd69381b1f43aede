/**
 * The static first view in the page (`src/build/static-map.ts` writes it, `./static-map.css`
 * frames it): its places open their cards on click, MapLibre replaces it once its first frame
 * is finished, and it stays as the map where WebGL is missing. The print handout copies it.
 */
import { fitScreen, frameOf, project } from '../../map/static/frame.js';
import type { MapView } from '../../map/map-view.js';
import type { AppContext } from './app-context.js';
import './static-map.css';

const holder = (doc: Document = document) => doc.getElementById('static-map');

/** Makes the picture's places open their cards (the same as a click on the drawn map). */
export function mountStaticMap(ctx: AppContext, doc: Document = document): void {
  const known = new Set(ctx.features.map((f) => f.properties.id));
  holder(doc)?.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const id = target?.closest('[data-feature-id]')?.getAttribute('data-feature-id');
    if (id && known.has(id)) ctx.select(id, { source: 'map' });
  });
}

/** Hides the picture (MapLibre has drawn its first finished frame); its canvas shows instead. */
export function hideStaticMap(doc: Document = document): void {
  holder(doc)?.setAttribute('hidden', '');
}

/** Whether the page has the picture (the build wrote it). */
export const hasStaticMap = (doc: Document = document): boolean =>
  Boolean(holder(doc)?.querySelector('svg'));

/**
 * A copy of the picture for print, its layers shown as `isVisible` says (groups the picture
 * draws under other names, the basemap, borders and labels, always show); `undefined` when the
 * page has none.
 */
export function staticMapCopy(
  isVisible: (group: string) => boolean,
  doc: Document = document,
): SVGSVGElement | undefined {
  const svg = holder(doc)?.querySelector('svg');
  if (!svg) return undefined;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('id');
  for (const group of copy.querySelectorAll('[data-layer]')) {
    const name = group.getAttribute('data-layer') ?? '';
    if (!['basemap', 'borders', 'labels'].includes(name) && !isVisible(name)) group.remove();
  }
  return copy;
}

/**
 * Whether the map shows the first view (the picture's framing): its camera is where
 * `fitBounds(IDLIB_BOUNDS)` puts it in the map's container, to a hundredth of a zoom level and a
 * pixel. Any other view prints from the canvas, which shows it.
 */
export function showsFirstView(map: MapView): boolean {
  const { clientWidth: width, clientHeight: height } = map.container;
  if (!width || !height) return false;
  const frame = frameOf();
  const fit = fitScreen(frame, width, height);
  const camera = map.getCamera();
  // Frame units are world pixels at zoom 7.
  const zoom = 7 + Math.log2(fit.scale);
  const [x, y] = project(frame, [camera.lng, camera.lat]);
  const off = Math.hypot(x - frame.width / 2, y - frame.height / 2) * fit.scale;
  return Math.abs(camera.zoom - zoom) < 0.01 && off < 1;
}
