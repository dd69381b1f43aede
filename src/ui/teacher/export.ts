/**
 * Export for handouts and course pages: "Download image" (PNG with title, legend, attribution and
 * date), "Print handout" (the print stylesheet lays out an A4 page: map, quotes, sources),
 * "Download data" (the GeoJSON) and an embed snippet (an iframe) with a Copy button.
 */
import type { Chapter } from '../../content/story-types.js';
import { drawnLegend, type LayerGroupId } from '../../map/layer-groups.js';
import { swatchCanvas } from '../../map/symbols.js';
import { outletCredits } from '../app/attribution.js';
import { dataCredits } from '../../domain/credits.js';
import type { AppContext } from '../app/app-context.js';
import { button, el } from '../app/dom.js';
import { drawExport, toPng } from './export-image.js';
import { dataUrl } from '../app/load-data.js';
import { showsFirstView, staticMapCopy } from '../app/static-map.js';
import { citation, quoteList } from './teacher-quotes.js';
import { formatDate, inertText } from '../app/text.js';

const TITLE = 'The Idlib demilitarised zone, agreed at Sochi on 17 September 2018';

/** What the export shows about the current view. */
export interface ExportState {
  chapter: Chapter | null;
  /** Timeline date, ISO. */
  date: string | null;
}

/**
 * The credits of the image and the handout: every data source the on-screen line credits (the
 * same data, `dataCredits`), the quoted outlets, and the method's caveat. Text-safe.
 */
export function attributionText(ctx: AppContext): string {
  const data = dataCredits(ctx.features).join('; ');
  const outlets = outletCredits(ctx).join('; ') || 'none';
  return inertText(
    `Map data: ${data}. Quotes: ${outlets}. Lines derived from open data by stated methods; no official map of the zone was published. Drawn with MapLibre GL JS.`,
  );
}

/** The iframe snippet for this page and view. */
export function embedSnippet(pageUrl: string, hash: string): string {
  const url = new URL(pageUrl);
  url.hash = hash;
  return `<iframe src="${url.href.replace(/"/g, '%22')}" width="800" height="600" title="${TITLE}" loading="lazy"></iframe>`;
}

/** Mounts the export panel into `host` (a `<details>`) and the print handout; returns its updater. */
export function mountExport(
  ctx: AppContext,
  host: HTMLDetailsElement,
): (state: Partial<ExportState>) => void {
  const state: ExportState = { chapter: null, date: null };
  const status = el('p', { class: 'export-status', 'aria-live': 'polite' });
  const snippet = el('textarea', {
    id: 'embed-snippet',
    readonly: true,
    rows: 3,
    class: 'embed-snippet',
  });
  const refreshSnippet = () => (snippet.value = embedSnippet(location.href, ctx.hash.toHash()));
  host.append(
    el('summary', {}, 'Export and share'),
    el(
      'div',
      { class: 'export-buttons' },
      button('Download image', () => void downloadImage(), { id: 'download-image' }),
      button('Print handout', () => window.print(), { id: 'print-handout' }),
      el(
        'a',
        {
          href: dataUrl('idlib-buffer-zone.geojson'),
          download: 'idlib-buffer-zone.geojson',
          id: 'download-data',
          class: 'button-link',
        },
        'Download data (GeoJSON)',
      ),
    ),
    el('label', { for: 'embed-snippet' }, 'Embed this view in a course page:'),
    snippet,
    button('Copy', () => void copy(), { id: 'copy-embed' }),
    status,
  );
  host.addEventListener('toggle', refreshSnippet);
  window.addEventListener('hashchange', refreshSnippet);

  const handout = el('section', { id: 'handout', class: 'handout', 'aria-hidden': 'true' });
  document.body.append(handout);

  async function downloadImage(): Promise<void> {
    const situation = state.date
      ? `Timeline date ${formatDate(state.date)}`
      : state.chapter
        ? `Chapter dated ${formatDate(state.chapter.date)}; control as on 17 Sep 2018`
        : 'Control as on 17 Sep 2018';
    const canvas = drawExport(
      ctx.map?.getCanvas?.() ?? ctx.map?.container.querySelector('canvas') ?? null,
      {
        title: state.chapter ? `${TITLE}: ${state.chapter.title}` : TITLE,
        date: `${situation} · exported ${formatDate(new Date().toISOString().slice(0, 10))}`,
        attribution: attributionText(ctx),
        legend: drawnLegend(ctx.mapState),
      },
    );
    const blob = await toPng(canvas);
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: 'idlib-zone-map.png', class: 'visually-hidden' });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = `Image downloaded (${canvas.width} × ${canvas.height} pixels).`;
  }

  async function copy(): Promise<void> {
    refreshSnippet();
    try {
      await navigator.clipboard.writeText(snippet.value);
      status.textContent = 'Embed code copied.';
    } catch {
      snippet.select();
      status.textContent = 'Select and copy the embed code (Ctrl+C).';
    }
  }

  function renderHandout(): void {
    const selected = ctx.selectedId ? ctx.featureById.get(ctx.selectedId) : undefined;
    const parts: Node[] = [
      el(
        'h2',
        {},
        state.chapter
          ? state.chapter.title
          : selected
            ? selected.properties.name
            : 'The Sochi memorandum and its zone',
      ),
    ];
    if (state.chapter) {
      parts.push(el('p', {}, state.chapter.caption), quoteList(ctx.quotes, state.chapter.quotes));
      const sources = el('ul', { class: 'handout-sources' });
      for (const s of state.chapter.sources) sources.append(el('li', {}, `${s.title} — ${s.url}`));
      parts.push(el('h3', {}, 'Sources'), sources);
    } else if (selected) {
      parts.push(el('p', {}, selected.properties.description));
      const quotes = el('ul', { class: 'teacher-quotes' });
      for (const q of (ctx.quotes.byFeature[selected.properties.id] ?? []).slice(0, 4)) {
        const article = ctx.quotes.articles[q.articleId];
        quotes.append(
          el(
            'li',
            {},
            el('blockquote', {}, `“${inertText(q.text.trim())}”`),
            article ? el('p', { class: 'teacher-cite' }, `— ${citation(article)}`) : null,
          ),
        );
      }
      parts.push(
        quotes,
        el('h3', {}, 'How it was drawn'),
        el('p', {}, selected.properties.provenance.method),
        el('p', {}, `Sources: ${selected.properties.provenance.sources.join('; ')}`),
      );
    } else {
      parts.push(
        el(
          'p',
          {},
          'A demilitarised zone 15–20 km deep along the contact line around Idlib (Sochi memorandum, item 3). The exact lines were never published; the map derives them from who held each village on 17 Sep 2018.',
        ),
      );
    }
    if (state.date) parts.push(el('p', {}, `Timeline date: ${formatDate(state.date)}`));
    parts.push(
      el('p', { class: 'handout-credits' }, attributionText(ctx)),
      el('p', { class: 'handout-link' }, location.href),
    );
    handout.replaceChildren(...parts);
  }

  /** Before printing: the map as an image (the live canvas would not re-render at page size). */
  function renderPrintMap(): void {
    renderHandout();
    const canvas = ctx.map?.getCanvas?.() ?? ctx.map?.container.querySelector('canvas');
    const legend = el('ul', { class: 'handout-legend' });
    for (const entry of drawnLegend(ctx.mapState))
      legend.append(el('li', {}, swatchCanvas(document, entry.swatch), ' ', entry.label));
    const figure = el('figure', { class: 'handout-figure' });
    // Vector print where the map shows the first view (or cannot draw): the page's static
    // picture of it, with the layers shown on screen. Any other view prints from the canvas.
    const firstView = !ctx.map || showsFirstView(ctx.map) || !(canvas && canvas.width > 0);
    const vector = firstView && staticMapCopy((group) => ctx.isLayerVisible(group as LayerGroupId));
    if (vector) {
      vector.setAttribute(
        'aria-label',
        'The map of the whole area, with the layers shown on screen',
      );
      figure.append(el('div', { class: 'handout-map handout-static' }, vector));
    } else if (canvas && canvas.width > 0) {
      figure.append(
        el('img', {
          src: canvas.toDataURL('image/png'),
          alt: 'The map as shown on screen',
          class: 'handout-map',
        }),
      );
    }
    figure.append(el('figcaption', {}, el('strong', {}, 'Legend'), legend));
    handout.prepend(el('h1', {}, TITLE), figure);
  }

  ctx.on('select', renderHandout);
  window.addEventListener('beforeprint', renderPrintMap);
  renderHandout();
  return (next) => {
    Object.assign(state, next);
    renderHandout();
    refreshSnippet();
  };
}
