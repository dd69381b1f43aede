/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the offline service worker (`src/build/pwa.ts`) in "prompt" mode: a new version
 * waits until the reader accepts it (see `update-offer.ts`), then activates and the page reloads.
 */
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './update-offer.js';

/** Starts the service worker; an update is offered in `notices`. */
export function startServiceWorker(notices: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      offerUpdate(notices, () => {
        document.body.setAttribute('data-update', 'applying');
        void update(true);
      });
    },
    onRegisterError: (error: unknown) => console.warn('service worker not registered', error),
  });
}
