/**
 * The legend: every symbol explained, each group with a keyboard-operable show/hide checkbox.
 * Swatches are the map's own symbols drawn on small canvases (`src/map/symbols.ts`).
 */
import { LAYER_GROUPS } from '../../map/layer-groups.js';
import { OVERLAYS } from '../../map/layers/overlays.js';
import { swatchCanvas } from '../../map/symbols.js';
import type { AppContext } from './app-context.js';
import { el } from './dom.js';

/**
 * Renders the legend into `host` (a `<details>` over the map, open on desktop, closed behind its
 * Legend button on phones) and keeps it in step with the map: a group's symbols are shown only
 * while it is drawn, its toggle always; a mode's overlays are listed while drawn.
 */
export function mountLegend(ctx: AppContext, host: HTMLDetailsElement): void {
  if (window.matchMedia('(max-width: 760px)').matches) host.open = false;
  // Shown once filled: an empty legend growing in place would shift the page.
  host.hidden = false;
  const list = el('ul', { class: 'legend-groups' });
  for (const group of LAYER_GROUPS) {
    const id = `layer-${group.id}`;
    const box = el('input', { type: 'checkbox', id, 'data-group': group.id });
    const note = el('span', { class: 'legend-set-by', id: `${id}-set-by` });
    box.checked = ctx.isLayerVisible(group.id);
    box.addEventListener('change', () => {
      ctx.setLayerVisible(group.id, box.checked);
      ctx.announce(`${group.label} ${box.checked ? 'shown' : 'hidden'}.`);
    });
    const entries = el('ul', { class: 'legend-entries', 'data-entries': group.id });
    for (const entry of group.legend) {
      entries.append(
        el('li', {}, swatchCanvas(document, entry.swatch), el('span', {}, entry.label)),
      );
    }
    list.append(
      el(
        'li',
        { class: 'legend-group' },
        el('div', { class: 'toggle' }, box, el('label', { for: id }, group.label), note),
        entries,
      ),
    );
  }
  const overlays = el('ul', {
    class: 'legend-entries legend-overlays',
    'aria-label': 'Drawn by a tool',
  });
  host.append(list, overlays);
  const show = () => {
    const state = ctx.mapState;
    for (const group of LAYER_GROUPS) {
      const box = host.querySelector<HTMLInputElement>(`input[data-group="${group.id}"]`);
      const note = host.querySelector(`#layer-${group.id}-set-by`);
      if (!box || !note) continue;
      box.checked = ctx.isLayerVisible(group.id);
      const entries = host.querySelector<HTMLElement>(`[data-entries="${group.id}"]`);
      if (entries) entries.hidden = !box.checked;
      // A mode decides this group now: say which, and leave the reader's choice for afterwards.
      const setBy = ctx.layerSetBy(group.id);
      box.disabled = setBy !== undefined;
      note.textContent = setBy ? ` (set by ${setBy})` : '';
      if (setBy) box.setAttribute('aria-describedby', note.id);
      else box.removeAttribute('aria-describedby');
    }
    overlays.replaceChildren(
      ...state.overlays.map(({ id }) => {
        const entry = OVERLAYS[id].legend;
        return el(
          'li',
          { 'data-overlay': id },
          swatchCanvas(document, entry.swatch),
          el('span', {}, entry.label),
        );
      }),
    );
    overlays.hidden = state.overlays.length === 0;
  };
  show();
  ctx.on('state', show);
}
