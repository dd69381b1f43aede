/**
 * The article reader: the whole article with the quoted sentence highlighted and scrolled into
 * view; place names are buttons that select the feature on the map (text to map), and selecting
 * a feature marks its names in the text (map to text). Metadata marks inferred fields.
 */
import { articleOf } from '../app/quote-access.js';
import type { ArticleMeta, PublishedArticle } from '../../types.js';
import type { AppContext } from '../app/app-context.js';
import { segmentArticle } from './article-segments.js';
import { addedLabel } from './quote-card.js';
import { button, el } from '../app/dom.js';
import { formatDate, inertText } from '../app/text.js';

/** Whether a metadata field was inferred rather than read from the page. */
function inferred(meta: ArticleMeta, field: string): boolean {
  return (meta.inferred ?? []).includes(field) || (field === 'date' && meta.dateInferred);
}

function metaList(meta: ArticleMeta): HTMLDListElement {
  const row = (label: string, field: string, value: Node | string) =>
    [
      el('dt', {}, label),
      el(
        'dd',
        {},
        value,
        inferred(meta, field) ? el('span', { class: 'inferred' }, ' (inferred)') : null,
      ),
    ] as const;
  // Only web addresses become links: a `javascript:` or `data:` URL in front matter stays text.
  const url = /^https?:\/\//i.test(meta.url)
    ? el('a', { href: meta.url, rel: 'noopener noreferrer', target: '_blank' }, inertText(meta.url))
    : meta.url
      ? `${inertText(meta.url)} (not a web address, not linked)`
      : 'no address found';
  return el(
    'dl',
    { class: 'article-meta' },
    ...row('Outlet', 'outlet', inertText(meta.outlet)),
    ...(meta.originalOutlet && meta.originalOutlet !== meta.outlet
      ? row('First published by', 'originalOutlet', inertText(meta.originalOutlet))
      : []),
    ...row('Date', 'date', el('time', { datetime: meta.date }, formatDate(meta.date))),
    ...row('Language', 'language', meta.language),
    ...row('Address', 'url', url),
  );
}

function articleBody(ctx: AppContext, article: PublishedArticle, current: number): HTMLElement {
  const container = el('div', { class: 'article-body', lang: article.meta.language, dir: 'auto' });
  for (const paragraph of segmentArticle(article)) {
    const p = el('p');
    for (const run of paragraph) {
      const text = inertText(run.text);
      const [featureId] = run.featureIds;
      const node = featureId
        ? button(text, () => ctx.select(featureId, { source: 'reader' }), {
            class: 'place-link',
            'data-feature-id': featureId,
            'aria-label': `${text}: show on the map`,
          })
        : document.createTextNode(text);
      if (run.sentenceIndex === current) {
        const last = p.lastElementChild;
        const mark =
          last instanceof HTMLElement && last.classList.contains('current-sentence')
            ? last
            : p.appendChild(el('mark', { class: 'current-sentence' }));
        mark.append(node);
      } else p.append(node);
    }
    container.append(p);
  }
  return container;
}

/** Wires the reader panel to the context. */
export function mountReader(ctx: AppContext, panel: HTMLElement, fallbackFocus: HTMLElement): void {
  panel.hidden = true;
  panel.setAttribute('aria-labelledby', 'reader-title');
  let opener: HTMLElement | null = null;

  function close(): void {
    const target = opener?.isConnected ? opener : fallbackFocus;
    opener = null;
    ctx.closeArticle();
    target.focus();
  }

  function markSelected(): void {
    for (const link of panel.querySelectorAll<HTMLElement>('.place-link')) {
      link.classList.toggle('selected', link.dataset['featureId'] === ctx.selectedId);
    }
  }

  ctx.on('article', ({ article: open }) => {
    if (!open) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    const article = articleOf(ctx.quotes, open.articleId);
    if (!article) return;
    const active = document.activeElement;
    const userAction = active instanceof HTMLElement && active !== document.body;
    if (userAction && !panel.contains(active)) opener = active;
    const heading = el(
      'h2',
      { id: 'reader-title', tabindex: -1 },
      inertText(article.meta.headline),
    );
    panel.replaceChildren(
      el(
        'div',
        { class: 'reader-bar' },
        el('p', { class: 'reader-label' }, 'Article'),
        article.addedOnDevice ? addedLabel() : null,
        button('Close article', close, { class: 'reader-close' }),
      ),
      heading,
      metaList(article.meta),
      articleBody(ctx, article, open.sentenceIndex),
    );
    panel.hidden = false;
    markSelected();
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    panel
      .querySelector('.current-sentence')
      ?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    ctx.announce(
      `Article open: ${article.meta.headline}, ${article.meta.outlet}. The quoted sentence is highlighted. Escape closes.`,
    );
    if (userAction) heading.focus({ preventScroll: true });
  });
  ctx.on('select', markSelected);
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  });
}
