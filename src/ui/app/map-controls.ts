/** Pan and zoom buttons, so nothing needs dragging. Hidden until the map exists. */
import type { AppContext } from './app-context.js';
import { button } from './dom.js';

/** Renders the buttons into `host`; they act on `ctx.map`. */
export function mountMapControls(ctx: AppContext, host: HTMLElement, home: () => void): void {
  const act = (fn: () => void) => () => {
    if (ctx.map) fn();
  };
  const controls: [string, string, () => void][] = [
    ['+', 'Zoom in', act(() => ctx.map?.zoomBy(1))],
    ['\u2212', 'Zoom out', act(() => ctx.map?.zoomBy(-1))],
    ['\u2191', 'Pan north', act(() => ctx.map?.panBy(0, -0.3))],
    ['\u2190', 'Pan west', act(() => ctx.map?.panBy(-0.3, 0))],
    ['\u2192', 'Pan east', act(() => ctx.map?.panBy(0.3, 0))],
    ['\u2193', 'Pan south', act(() => ctx.map?.panBy(0, 0.3))],
    ['\u2302', 'Show the whole area', act(home)],
  ];
  host.setAttribute('role', 'group');
  host.setAttribute('aria-label', 'Map controls');
  host.hidden = true;
  for (const [glyph, label, onClick] of controls) {
    host.append(button(glyph, onClick, { 'aria-label': label, title: label, class: 'map-button' }));
  }
  ctx.on('map', () => {
    host.hidden = false;
  });
}
