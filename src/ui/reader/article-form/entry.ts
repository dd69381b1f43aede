/**
 * The first view's part of "Add an article": a section of the side panel with the button that
 * opens the form and the list of articles added on this device. The form (with the pipeline's
 * segmenter and linker) and the storage load as their own chunks: the storage right after the
 * first view, to put the articles added earlier back on the map; the form when first opened.
 */
import type { QuoteIndex } from '../../../types.js';
import type { AppContext } from '../../app/app-context.js';
import { button, el } from '../../app/dom.js';
import { parseHash } from '../../app/hash-state.js';

/**
 * True when `hash` opens an article that `quotes.json` lacks (one added on this device): the
 * hash must then wait until those are back, or its `article` would be refused as unknown.
 */
export function hashNeedsLocalArticles(hash: string, quotes: QuoteIndex): boolean {
  const ref = parseHash(hash).get('article');
  const id = ref?.slice(0, Math.max(0, ref.lastIndexOf(':')));
  return id !== undefined && id !== '' && !Object.hasOwn(quotes.articles, id);
}

/** Mounts the section into `host`; returns a promise settled once stored articles are back. */
export function mountArticleEntry(ctx: AppContext, host: HTMLElement): Promise<void> {
  const list = el('div', { id: 'local-articles-list' });
  const open = button('Add an article', () => void openForm(), {
    id: 'add-article',
    class: 'add-article',
    'aria-haspopup': 'dialog',
  });
  host.append(
    el('h2', { id: 'local-articles-heading' }, 'Your articles'),
    el(
      'p',
      { class: 'hint' },
      'Paste a news article to put its sentences about these places on the map. It is kept in this browser only.',
    ),
    open,
    list,
  );
  const local = import('./local-articles.js').then((m) => m.mountLocalArticles(ctx, list));
  local.catch((error: unknown) => console.error(error));
  async function openForm(): Promise<void> {
    open.setAttribute('aria-busy', 'true');
    try {
      const [{ openArticleForm }, articles] = await Promise.all([import('./form.js'), local]);
      openArticleForm(ctx, articles, open);
    } catch (error) {
      console.error(error);
      ctx.notify('The form could not be opened. Reload the page and try again.');
    } finally {
      open.removeAttribute('aria-busy');
    }
  }
  return local.then(
    () => undefined,
    () => undefined,
  );
}
