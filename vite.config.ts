import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/csp.js';
import { FIRST_VIEW_DATA } from './src/data-files.js';
import { creditLineHtml, type FeatureWithSources } from './src/ui/credits.js';

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

/**
 * Writes the on-map credit line into the page from `public/data/idlib-buffer-zone.geojson`, so it
 * shows with the first paint rather than after the data has loaded (on a phone it is the
 * largest text on screen). Without the file the app still writes the line once it loads.
 */
function staticCredits(): Plugin {
  const placeholder = '<p id="map-credits" class="map-credits"></p>';
  let publicDir = 'public';
  return {
    name: 'static-credits',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml(html) {
      const file = `${publicDir}/data/idlib-buffer-zone.geojson`;
      if (!html.includes(placeholder) || !existsSync(file)) return html;
      const { features } = JSON.parse(readFileSync(file, 'utf8')) as {
        features: FeatureWithSources[];
      };
      return html.replace(
        placeholder,
        placeholder.replace('></p>', `>${creditLineHtml(features)}</p>`),
      );
    },
  };
}

/**
 * Starts downloading what the app's first view needs with the page instead of when its script
 * asks for it: the first-view data files, and the map's chunks (MapLibre, its glue and its
 * stylesheet), which still run only when imported, after the app has shown its text. Only for a
 * page that loads the map lazily (the app; not the benchmark's bare page).
 */
function preloadFirstView(): Plugin {
  const link = (attrs: Record<string, string>) => ({
    tag: 'link',
    attrs: { crossorigin: true, ...attrs },
    injectTo: 'head' as const,
  });
  return {
    name: 'preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const map = Object.values(bundle).find(
          (c) => c.type === 'chunk' && c.isDynamicEntry && c.name === 'create-map',
        );
        if (map?.type !== 'chunk') return [];
        const chunks = [map, ...map.imports.map((file) => bundle[file])].flatMap((c) =>
          c?.type === 'chunk' && !c.isEntry ? [c] : [],
        );
        // MapLibre first: once the data is in, it is what the map waits for.
        return [
          ...chunks.map((c) => link({ rel: 'modulepreload', href: `./${c.fileName}` })),
          ...chunks
            .flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])])
            .map((file) => link({ rel: 'preload', as: 'style', href: `./${file}` })),
          ...Object.values(FIRST_VIEW_DATA).map((file) =>
            link({ rel: 'preload', as: 'fetch', href: `./data/${file}` }),
          ),
        ];
      },
    },
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
    staticCredits(),
    preloadFirstView(),
    rebuildDataOnChange(),
    // After one visit the whole site, data included, is precached: a reload offline shows the map.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
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
