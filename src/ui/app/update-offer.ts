/**
 * Tells the reader a new version of the site is ready (issue 16). The service worker never takes
 * over an open page by itself (no `skipWaiting`): the page goes on with its own build's code and
 * data until the reader presses "Reload". Never offered in the middle of a presentation
 * (`body.projector`): the offer waits until presenter mode is left.
 */
import { showNotice } from './notice.js';

/** Wording of the offer, for tests. */
export const UPDATE_MESSAGE = 'A new version of this map is ready.';

/**
 * Shows the offer now, or once `body` leaves presenter mode; `apply` activates the new version
 * (and reloads). Returns a function that withdraws an offer not yet shown.
 */
export function offerUpdate(
  notices: HTMLElement,
  apply: () => void,
  body = document.body,
): () => void {
  const show = () =>
    showNotice(notices, UPDATE_MESSAGE, { actionLabel: 'Reload', onAction: apply, slot: 'update' });
  if (!body.classList.contains('projector')) {
    show();
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    if (body.classList.contains('projector')) return;
    observer.disconnect();
    show();
  });
  observer.observe(body, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
