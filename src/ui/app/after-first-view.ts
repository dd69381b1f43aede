/**
 * What loads once the first view is on screen (the map idle, or at once without a map): the
 * quote index, then the ground (rivers, mountain names, other places). Each failure says so once,
 * with a Retry.
 */
import type { AppController } from './controller.js';
import { loadGround } from './ground.js';
import { LoadError } from './load-data.js';
import { showNotice } from './notice.js';
import { loadQuotes } from './quotes-loader.js';

export function loadAfterFirstView(ctx: AppController, notices: HTMLElement): void {
  const quotes = () => {
    // Loaded before the page started (a link to an article): say so, as after a later load.
    if (ctx.quotesReady) {
      document.body.dataset['quotes'] = 'ready';
      return;
    }
    loadQuotes().then(
      (index) => {
        ctx.setQuotes(index);
        document.body.dataset['quotes'] = 'ready';
      },
      (error: unknown) => {
        const reason = error instanceof LoadError ? error.message : String(error);
        showNotice(notices, `The quotes could not be loaded. ${reason}`, {
          level: 'error',
          actionLabel: 'Retry',
          onAction: quotes,
        });
      },
    );
  };
  quotes();
  loadGround(ctx, notices);
}
