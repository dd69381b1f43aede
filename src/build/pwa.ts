import { VitePWA } from 'vite-plugin-pwa';

/**
 * After one visit the whole site, data included, is precached: a reload offline shows the map.
 * A redeploy never mixes versions (issue 16): the new worker waits (no `skipWaiting`) while a
 * page of the old build is open, so that page keeps its own chunks and data from the old
 * precache, and it activates only when the reader accepts the update (`src/ui/app/update-offer.ts`).
 * The precache holds the same build's data files as its code, and the page checks that the
 * villages it fetches late are its own build's (`src/ui/app/load-data.ts`).
 */
export function offlinePwa() {
  return VitePWA({
    registerType: 'prompt',
    // Registered by the app itself (src/ui/app/service-worker.ts, as `sw.js`), to offer updates.
    injectRegister: false,
    includeAssets: ['favicon.svg', 'icons/*.png'],
    manifest: {
      name: 'Idlib demilitarised zone, Sochi 2018: an annotated map',
      short_name: 'Idlib DMZ map',
      description:
        'An offline, sourced map of the 15–20 km demilitarised zone around Idlib agreed at Sochi on 17 September 2018.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5cad',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,svg,png,json,geojson,webmanifest}'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      // The first worker controls the page that installed it; later ones wait for the reader.
      clientsClaim: true,
      mode: 'production',
      skipWaiting: false,
    },
  });
}
