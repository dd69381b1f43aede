import { spawn } from 'node:child_process';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/csp.js';

/** Puts the CSP into the built page as a meta tag (dev keeps Vite's inline client working). */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** In `npm run dev`, reruns `npm run data` when anything in `geodata/` changes, then reloads. */
function rebuildDataOnChange(): Plugin {
  let running = false;
  return {
    name: 'rebuild-data-on-change',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add('geodata');
      server.watcher.on('all', (_event, file) => {
        if (running || !file.includes('/geodata/')) return;
        running = true;
        const child = spawn('npx', ['tsx', 'src/pipeline/cli.ts'], { stdio: 'inherit' });
        child.on('exit', (code) => {
          running = false;
          if (code === 0) server.ws.send({ type: 'full-reload' });
        });
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    cspMeta(),
    rebuildDataOnChange(),
    // After one visit the whole site, data included, is precached: a reload offline shows the map.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
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
        clientsClaim: true,
        mode: 'production',
        skipWaiting: true,
      },
    }),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // dist/.vite/manifest.json: which chunks the first view loads (the size budget reads it).
    manifest: true,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own, so the app's own JavaScript can be measured and budgeted.
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }],
        },
      },
    },
  },
});
