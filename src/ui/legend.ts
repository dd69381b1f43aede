/**
 * The legend: every symbol explained, each group with a keyboard-operable show/hide checkbox.
 * Swatches are small SVGs built with DOM calls (presentation attributes, no inline styles).
 */
import { LAYER_GROUPS, type Swatch } from '../map/layer-groups.js';
import type { AppContext } from './app-context.js';
import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

let patternCount = 0;

function patternFill(
  root: SVGElement,
  kind: 'hatch' | 'dots' | 'stripes' | 'vstripes',
  color: string,
): string {
  const id = `legend-pattern-${patternCount++}`;
  const pattern = svg('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse' });
  if (kind === 'hatch')
    pattern.append(
      svg('path', { d: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2', stroke: color, 'stroke-width': 1.4 }),
    );
  if (kind === 'dots') pattern.append(svg('circle', { cx: 3, cy: 3, r: 1, fill: '#4d4d4d' }));
  if (kind === 'vstripes')
    pattern.append(svg('rect', { x: 0, y: 0, width: 1.4, height: 6, fill: color }));
  if (kind === 'stripes')
    pattern.append(svg('rect', { x: 0, y: 0, width: 6, height: 1.4, fill: color }));
  const defs = svg('defs', {});
  defs.append(pattern);
  root.append(defs);
  return `url(#${id})`;
}

/** Draws one legend swatch, 28×18. */
export function swatchSvg(swatch: Swatch): SVGElement {
  const root = svg('svg', {
    width: 28,
    height: 18,
    viewBox: '0 0 28 18',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  switch (swatch.shape) {
    case 'fill': {
      /** The swatch's box, inset one pixel; a pattern is a second box over the tint. */
      const box = (paint: Record<string, string | number>) =>
        svg('rect', { x: 1, y: 1, width: 26, height: 16, ...paint });
      root.append(
        box({
          fill: swatch.color,
          'fill-opacity': swatch.opacity,
          stroke: '#999',
          'stroke-width': 0.5,
        }),
      );
      if (swatch.pattern)
        root.append(box({ fill: patternFill(root, swatch.pattern, swatch.color) }));
      break;
    }
    case 'line':
      root.append(
        svg('line', {
          x1: 1,
          y1: 9,
          x2: 27,
          y2: 9,
          stroke: swatch.color,
          'stroke-width': swatch.width,
          'stroke-dasharray': (swatch.dash ?? []).map((d) => d * 1.5).join(' ') || 'none',
        }),
      );
      break;
    case 'circle':
      root.append(
        svg('circle', {
          cx: 14,
          cy: 9,
          r: 4.5,
          fill: swatch.hollow ? '#fff' : swatch.color,
          stroke: swatch.hollow ? swatch.color : '#fff',
          'stroke-width': 1.5,
        }),
      );
      break;
    case 'triangle':
      root.append(
        svg('path', {
          d: 'M14,1 L23,17 L5,17 Z',
          fill: swatch.color,
          stroke: swatch.ink,
          'stroke-width': 1.5,
        }),
      );
      break;
    case 'shield': {
      root.append(
        svg('rect', { x: 2, y: 2, width: 24, height: 14, rx: 2, fill: '#1d3f6e', stroke: '#fff' }),
      );
      const text = svg('text', {
        x: 14,
        y: 13,
        'text-anchor': 'middle',
        'font-size': 10,
        fill: '#fff',
      });
      text.textContent = swatch.text;
      root.append(text);
      break;
    }
  }
  return root;
}

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
      entries.append(el('li', {}, swatchSvg(entry.swatch), el('span', {}, entry.label)));
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
