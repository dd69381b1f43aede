/**
 * Registers the offline service worker (`src/build/pwa.ts`, "prompt" mode). The first worker
 * takes control of the page that installed it; a later one (a redeploy) waits, and the reader
 * is offered it (`update-offer.ts`): on "Reload" it is told to skip waiting, takes control, and
 * the page reloads into the new version. A few lines instead of workbox-window, which would
 * weigh more than the rest of the first view's budget allows.
 */
import { offerUpdate } from './update-offer.js';

/** Starts the service worker; an update is offered in `notices`. */
export function startServiceWorker(notices: HTMLElement): void {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  let offered: ServiceWorker | null = null;
  const offer = (worker: ServiceWorker) => {
    // Only an update: with no controller yet, this is the first install, which claims the page.
    if (!container.controller || offered === worker) return;
    offered = worker;
    offerUpdate(notices, () => {
      document.body.setAttribute('data-update', 'applying');
      container.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  container.register('./sw.js', { scope: './' }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // A browser (or test harness) that blocks service workers may resolve with nothing.
      if (!registration) return;
      if (registration.waiting) offer(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    },
    (error: unknown) => console.warn('The offline service worker could not be registered.', error),
  );
}
