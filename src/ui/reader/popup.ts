/**
 * The popup: the selected feature's quote card, docked beside the map on wide screens and shown
 * as a collapsible bottom sheet on phones (CSS decides). It is plain DOM, so it works without the
 * map. Escape closes it and returns focus to whatever opened it.
 */
import type { AppFeature } from '../../types.js';
import type { AppContext, SelectSource } from '../app/app-context.js';
import { button, el } from '../app/dom.js';
import { quoteCard } from './quote-card.js';
import { plural } from '../app/text.js';
import { quoteCountOf } from '../app/quote-access.js';

/** Elements the popup needs. */
export interface PopupHosts {
  /** The panel element (`#popup`). */
  panel: HTMLElement;
  /** Where focus returns when nothing better is known (the map). */
  fallbackFocus: HTMLElement;
}

/** Wires the popup to the context; returns the panel. */
export function mountPopup(ctx: AppContext, hosts: PopupHosts): HTMLElement {
  const { panel } = hosts;
  const body = el('div', { class: 'popup-body', id: 'popup-body' });
  const collapse = button('Collapse', () => setCollapsed(!panel.classList.contains('collapsed')), {
    class: 'sheet-toggle',
    'aria-expanded': 'true',
    'aria-controls': 'popup-body',
  });
  const close = button('Close', () => closePopup(true), {
    class: 'popup-close',
    'aria-label': 'Close the place details',
  });
  panel.append(el('div', { class: 'sheet-bar' }, collapse, close), body);
  panel.setAttribute('aria-labelledby', 'popup-title');
  panel.hidden = true;
  let opener: HTMLElement | null = null;

  function setCollapsed(collapsed: boolean): void {
    panel.classList.toggle('collapsed', collapsed);
    collapse.textContent = collapsed ? 'Expand' : 'Collapse';
    collapse.setAttribute('aria-expanded', String(!collapsed));
  }

  function closePopup(returnFocus: boolean): void {
    const target = opener?.isConnected ? opener : hosts.fallbackFocus;
    opener = null;
    ctx.clearSelection('list');
    if (returnFocus) target.focus();
  }

  function render(feature: AppFeature): void {
    body.replaceChildren(
      quoteCard(
        feature,
        ctx.quotes,
        { readInContext: (quote) => ctx.openArticle(quote.articleId, quote.sentenceIndex) },
        'popup-title',
        ctx.quotesReady,
        ctx.mapState.date,
      ),
    );
  }

  function show(id: string, source: SelectSource): void {
    const feature = ctx.featureById.get(id);
    if (!feature) return;
    const active = document.activeElement;
    if (source === 'map' || source === 'keyboard') opener = hosts.fallbackFocus;
    else if (active instanceof HTMLElement && !panel.contains(active) && active !== document.body) {
      opener = active;
    }
    render(feature);
    panel.hidden = false;
    setCollapsed(false);
    panel.scrollTop = 0;
    const count = quoteCountOf(ctx.quotes, ctx.quotesReady, feature);
    ctx.announce(
      `${feature.properties.name}: details open, ${plural(count, 'quote', 'quotes')}. Escape closes.`,
    );
    if (source !== 'hash') panel.querySelector<HTMLElement>('#popup-title')?.focus();
  }

  ctx.on('select', ({ id, source, open }) => {
    if (id === null) {
      panel.hidden = true;
      body.replaceChildren();
      return;
    }
    if (open) show(id, source);
  });
  // Articles added or removed on this device: the open card shows the new quotes in place.
  ctx.on('quotes', () => {
    const feature = ctx.selectedId ? ctx.featureById.get(ctx.selectedId) : undefined;
    if (panel.hidden || !feature) return;
    const hadFocus = panel.contains(document.activeElement);
    render(feature);
    if (hadFocus) panel.querySelector<HTMLElement>('#popup-title')?.focus();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    closePopup(true);
  });
  return panel;
}
