/**
 * The articles added on this device: put back on the map from IndexedDB on every load (offline
 * too), listed with "Download" (the `.md` file for `geodata/articles/`) and "Remove".
 */
import type { AppContext } from '../../app/app-context.js';
import { button, el } from '../../app/dom.js';
import { formatDate, inertText, plural } from '../../app/text.js';
import { indexedDbStore, memoryStore, type ArticleStore } from './article-store.js';
import type { StoredArticle } from './model.js';
import { fileName, toMarkdown } from './serialise.js';

/** What the form needs of the list. */
export interface LocalArticles {
  /** Stores an article and puts it on the map. */
  add(article: StoredArticle): Promise<void>;
}

/** Opens the browser's store, or a memory one where IndexedDB is missing. */
function openStore(): { store: ArticleStore; persistent: boolean } {
  return typeof indexedDB === 'undefined'
    ? { store: memoryStore(), persistent: false }
    : { store: indexedDbStore(), persistent: true };
}

/** Starts a download of the article's `.md` file. */
export function download(article: StoredArticle): void {
  const blob = new Blob([toMarkdown(article)], { type: 'text/markdown;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName(article), hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Restores the stored articles into the context and renders their list into `host`.
 *
 * @param store - Where the articles are kept (the browser's IndexedDB unless given).
 */
export async function mountLocalArticles(
  ctx: AppContext,
  host: HTMLElement,
  store?: ArticleStore,
): Promise<LocalArticles> {
  const opened = store ? { store, persistent: true } : openStore();
  let stored: StoredArticle[] = [];
  let { persistent } = opened;
  try {
    stored = await opened.store.list();
  } catch (error) {
    console.warn('Articles added on this device could not be read', error);
    persistent = false;
  }
  const active = persistent ? opened.store : memoryStore(stored);
  ctx.addArticles(stored.map((s) => s.article));
  const heading = el('h3', { id: 'local-articles-title' }, 'Articles added on this device');
  const list = el('ul', { class: 'local-articles', 'aria-labelledby': 'local-articles-title' });
  const note = persistent
    ? null
    : el(
        'p',
        { class: 'hint' },
        'This browser does not let the map keep articles: they last until the page closes.',
      );

  function item(article: StoredArticle): HTMLLIElement {
    const { meta } = article.article;
    const quotes = Object.values(ctx.quotes.byFeature).reduce(
      (n, list) => n + list.filter((q) => q.articleId === article.id).length,
      0,
    );
    const name = inertText(meta.headline);
    return el(
      'li',
      { 'data-article-id': article.id },
      el('p', { class: 'local-headline', dir: 'auto' }, name),
      el(
        'p',
        { class: 'local-meta' },
        inertText(meta.outlet),
        ', ',
        el('time', { datetime: meta.date }, formatDate(meta.date)),
        ` · ${plural(quotes, 'quote', 'quotes')}`,
      ),
      button('Read', () => ctx.openArticle(article.id, 0), {
        class: 'local-read',
        'aria-label': `Read “${name}”`,
      }),
      button('Download', () => download(article), {
        class: 'local-download',
        'aria-label': `Download “${name}” as a Markdown file`,
      }),
      button('Remove', () => void remove(article), {
        class: 'local-remove',
        'aria-label': `Remove “${name}” from this device`,
      }),
    );
  }

  function render(): void {
    list.replaceChildren(...stored.map(item));
    host.replaceChildren(
      heading,
      stored.length ? list : el('p', { class: 'hint local-none' }, 'None yet.'),
      ...(note ? [note] : []),
    );
  }

  async function remove(article: StoredArticle): Promise<void> {
    await active.remove(article.id);
    stored = stored.filter((s) => s.id !== article.id);
    ctx.removeArticles([article.id]);
    render();
    ctx.announce(`Removed “${article.article.meta.headline}” from this device.`);
    document.getElementById('add-article')?.focus();
  }

  render();
  return {
    async add(article) {
      await active.put(article);
      stored = [...stored.filter((s) => s.id !== article.id), article];
      ctx.addArticles([article.article]);
      render();
    },
  };
}
