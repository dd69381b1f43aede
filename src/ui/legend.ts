/**
 * The legend: every symbol explained, each group with a keyboard-operable show/hide checkbox.
 * Swatches are the map's own symbols drawn on small canvases (`src/map/symbols.ts`).
 */
import { LAYER_GROUPS } from '../map/layer-groups.js';
import { swatchCanvas } from '../map/symbols.js';
import type { AppContext } from './app-context.js';
import { el } from './dom.js';

/** Renders the legend into `host` and keeps its checkboxes in step with the context. */
export function mountLegend(ctx: AppContext, host: HTMLElement): void {
  const list = el('ul', { class: 'legend-groups' });
  for (const group of LAYER_GROUPS) {
    const id = `layer-${group.id}`;
    const box = el('input', { type: 'checkbox', id, 'data-group': group.id });
    box.checked = ctx.isLayerVisible(group.id);
    box.addEventListener('change', () => {
      ctx.setLayerVisible(group.id, box.checked);
      ctx.announce(`${group.label} ${box.checked ? 'shown' : 'hidden'}.`);
    });
    const entries = el('ul', { class: 'legend-entries' });
    for (const entry of group.legend) {
      entries.append(
        el('li', {}, swatchCanvas(document, entry.swatch), el('span', {}, entry.label)),
      );
    }
    list.append(
      el(
        'li',
        { class: 'legend-group' },
        el('div', { class: 'toggle' }, box, el('label', { for: id }, group.label)),
        entries,
      ),
    );
  }
  host.append(list);
  ctx.on('layer', ({ groupId, visible }) => {
    const box = host.querySelector<HTMLInputElement>(`input[data-group="${groupId}"]`);
    if (box) box.checked = visible;
  });
}
