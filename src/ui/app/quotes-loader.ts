/** Loading the quote index (`quotes.json`), after the first view or first when a link needs it. */
import { QUOTES_DATA } from '../../data-files.js';
import type { QuoteIndex } from '../../types.js';
import { checkQuotes } from './data-shape.js';
import { loadDataFile } from './load-data.js';

/** Whether a link opens an article, so the quotes must be there before the page starts. */
export function linkNeedsQuotes(hash: string): boolean {
  return /(^#|&)article=/.test(hash);
}

/**
 * Fetches the quote index, checked for shape. It is not pinned to the build's hash like the
 * villages: the browser tests feed it hostile text through a route, which a pin would refuse.
 * With the service worker (the normal case) it comes from the same precache as the page.
 */
export function loadQuotes(): Promise<QuoteIndex> {
  return loadDataFile(QUOTES_DATA, checkQuotes);
}
