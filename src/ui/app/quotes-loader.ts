/** Loading the quote index (`quotes.json`), after the first view or first when a link needs it. */
import { QUOTES_DATA } from '../../data-files.js';
import type { QuoteIndex } from '../../types.js';
import { dataUrl, loadJson } from './load-data.js';

/** Whether a link opens an article, so the quotes must be there before the page starts. */
export function linkNeedsQuotes(hash: string): boolean {
  return /(^#|&)article=/.test(hash);
}

/** Fetches the quote index. */
export function loadQuotes(): Promise<QuoteIndex> {
  return loadJson<QuoteIndex>(dataUrl(QUOTES_DATA));
}
