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
 * Fetches the quote index, checked for shape and, since it may arrive after the page started,
 * for being this build's own (a redeploy under an open page says so instead of mixing).
 */
export function loadQuotes(): Promise<QuoteIndex> {
  return loadDataFile(QUOTES_DATA, checkQuotes, { pinned: true });
}
