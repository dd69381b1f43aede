/**
 * The feature list, the map's text alternative: every feature grouped by kind, searchable by any
 * name variant (Idlib, Idleb, إدلب); each entry is a button that flies to the feature and opens
 * its popup; hover and focus highlight the feature on the map.
 */
import type { AppFeature } from '../../types.js';
import type { AppContext } from '../app/app-context.js';
import { button, el } from '../app/dom.js';
import { KIND_GROUPS, matchesQuery } from './feature-order.js';
import { inertText, plural } from '../app/text.js';
import { quoteCountOf } from '../app/quote-access.js';

function entry(ctx: AppContext, feature: AppFeature): HTMLLIElement {
  const p = feature.properties;
  const count = quoteCountOf(ctx.quotes, ctx.quotesReady, feature);
  const item = button(
    [
      el('span', { class: 'entry-name' }, inertText(p.name)),
      p.nameAr
        ? el('span', { class: 'entry-ar', lang: 'ar', dir: 'rtl' }, inertText(p.nameAr))
        : null,
      el('span', { class: 'entry-count' }, plural(count, 'quote', 'quotes')),
    ].reduce<DocumentFragment>((f, n) => (n && f.append(n), f), document.createDocumentFragment()),
    () => ctx.select(p.id, { source: 'list' }),
    { class: 'feature-entry', 'data-feature-id': p.id },
  );
  const on = () => ctx.highlight('hover', [p.id]);
  const off = () => ctx.highlight('hover', []);
  item.addEventListener('mouseenter', on);
  item.addEventListener('mouseleave', off);
  item.addEventListener('focus', on);
  item.addEventListener('blur', off);
  return el('li', { 'data-feature-id': p.id }, item);
}

/** Renders the list into `host` and keeps it in step with the selection. */
export function mountFeatureList(ctx: AppContext, host: HTMLElement): void {
  const input = el('input', {
    type: 'search',
    id: 'place-search',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'place-search-hint',
  });
  const status = el('p', { class: 'search-status', role: 'status' });
  const group = ({ kinds, heading }: (typeof KIND_GROUPS)[number], from: readonly AppFeature[]) => {
    const features = from
      .filter((f) => kinds.includes(f.properties.kind))
      .sort((a, b) => a.properties.name.localeCompare(b.properties.name));
    const id = `group-${kinds[0] ?? 'x'}`;
    const list = el('ul', { class: 'feature-group', 'aria-labelledby': id });
    for (const feature of features) list.append(entry(ctx, feature));
    return { section: el('section', {}, el('h3', { id }, heading), list), list, features };
  };
  const groups = KIND_GROUPS.map((g) => group(g, ctx.features)).filter(
    (g) => g.features.length > 0,
  );

  function filter(): void {
    const query = input.value;
    let shown = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const item of group.list.children) {
        const feature = ctx.featureById.get((item as HTMLElement).dataset['featureId'] ?? '');
        const match = feature ? matchesQuery(feature, query) : false;
        (item as HTMLElement).hidden = !match;
        if (match) inGroup++;
      }
      group.section.hidden = inGroup === 0;
      shown += inGroup;
    }
    status.textContent = query.trim()
      ? shown
        ? `${plural(shown, 'place matches', 'places match')} “${query.trim()}”.`
        : `No place matches “${query.trim()}”. Try another spelling.`
      : '';
  }
  input.addEventListener('input', filter);
  host.append(
    el('label', { for: 'place-search', class: 'search-label' }, 'Find a place'),
    el('p', { id: 'place-search-hint', class: 'hint' }, 'Any spelling: Idlib, Idleb, إدلب.'),
    input,
    status,
    ...groups.map((g) => g.section),
  );
  // Features that arrive later (the GeoNames places) get their own group at the end.
  ctx.on('features', ({ added }) => {
    for (const g of KIND_GROUPS) {
      const more = group(g, added);
      if (more.features.length === 0) continue;
      groups.push(more);
      host.append(more.section);
    }
    filter();
  });
  ctx.on('quotes', ({ quotes }) => {
    for (const item of host.querySelectorAll<HTMLElement>('.feature-entry')) {
      const feature = ctx.featureById.get(item.dataset['featureId'] ?? '');
      const count = item.querySelector('.entry-count');
      if (feature && count)
        count.textContent = plural(quoteCountOf(quotes, true, feature), 'quote', 'quotes');
    }
  });
  ctx.on('select', ({ id }) => {
    for (const item of host.querySelectorAll<HTMLElement>('.feature-entry')) {
      if (item.dataset['featureId'] === id) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
    }
  });
}
