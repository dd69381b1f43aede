import { defineConfig } from 'vite';
import { cspMeta } from './src/build/csp-meta.js';
import { pinDataVersions } from './src/build/data-versions.js';
import { offlinePwa } from './src/build/pwa.js';
import { rebuildDataOnChange } from './src/build/rebuild-data-on-change.js';
import { staticCredits } from './src/build/static-credits.js';
import { staticMap } from './src/build/static-map.js';
import { CONTENT_SECURITY_POLICY } from './src/csp.js';

/** The site's build; each plugin is in its own module under `src/build/`. */
export default defineConfig({
  base: './',
  plugins: [
    pinDataVersions(),
    cspMeta(),
    staticCredits(),
    staticMap(),
    rebuildDataOnChange(),
    offlinePwa(),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Source maps beside the large chunks (MapLibre's): Lighthouse's best practices ask for them;
    // the service worker does not precache them.
    sourcemap: true,
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
