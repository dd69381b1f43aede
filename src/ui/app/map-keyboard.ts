/**
 * One tab stop into the map; then arrow keys move between features in a meaningful order (along
 * the contact line, then cities, then posts), Enter or Space opens the popup, Escape closes it,
 * `+`/`-` zoom. The current feature is highlighted on the map and named in a visible status line
 * that is also announced. Works without WebGL too (the status line still names each feature).
 */
import type { AppContext } from './app-context.js';
import { KIND_NOUN, keyboardOrder } from '../reader/feature-order.js';

/** Wires keyboard navigation onto the map's focus target. */
export function mountMapKeyboard(ctx: AppContext, target: HTMLElement, status: HTMLElement): void {
  const order = keyboardOrder(ctx.features);
  let index = -1;
  target.tabIndex = 0;
  target.setAttribute('role', 'application');
  target.setAttribute('aria-roledescription', 'map');
  target.setAttribute(
    'aria-label',
    'Map of the Idlib demilitarised zone. Arrow keys move between places, Enter opens a place, plus and minus zoom.',
  );

  function describe(): string {
    const feature = order[index];
    if (!feature) return '';
    const p = feature.properties;
    return `${index + 1} of ${order.length}: ${p.name}, ${KIND_NOUN[p.kind]}. Enter opens.`;
  }

  function moveTo(next: number): void {
    if (!order.length) return;
    index = (next + order.length) % order.length;
    const feature = order[index];
    if (!feature) return;
    ctx.highlight('keyboard', [feature.properties.id]);
    ctx.map?.revealFeature(feature.properties.id);
    status.textContent = describe();
    status.hidden = false;
    ctx.announce(describe());
  }

  target.addEventListener('focus', () => {
    status.hidden = false;
    status.textContent =
      index >= 0
        ? describe()
        : `${order.length} places. Press the arrow keys to move between them.`;
  });
  target.addEventListener('blur', () => {
    status.hidden = true;
    ctx.highlight('keyboard', []);
  });
  target.addEventListener('keydown', (event) => {
    if (event.target !== target || event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = handle(event.key);
    if (handled) event.preventDefault();
  });

  function handle(key: string): boolean {
    switch (key) {
      case 'ArrowRight':
      case 'ArrowDown':
        moveTo(index + 1);
        return true;
      case 'ArrowLeft':
      case 'ArrowUp':
        moveTo(index < 0 ? order.length - 1 : index - 1);
        return true;
      case 'Home':
        moveTo(0);
        return true;
      case 'End':
        moveTo(order.length - 1);
        return true;
      case 'Enter':
      case ' ': {
        const feature = order[index];
        if (!feature) return false;
        ctx.select(feature.properties.id, { source: 'keyboard' });
        return true;
      }
      case 'Escape':
        if (ctx.selectedId === null) return false;
        ctx.clearSelection('keyboard');
        return true;
      case '+':
      case '=':
        ctx.map?.zoomBy(1);
        return true;
      case '-':
        ctx.map?.zoomBy(-1);
        return true;
      default:
        return false;
    }
  }
  ctx.on('select', ({ id }) => {
    const at = order.findIndex((f) => f.properties.id === id);
    if (at >= 0) index = at;
  });
}
