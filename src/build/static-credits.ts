import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { creditLineHtml, type FeatureWithSources } from '../domain/credits.js';

/**
 * Writes the on-map credit line into the page from `public/data/idlib-buffer-zone.geojson`, so it
 * shows with the first paint rather than after the data has loaded (on a phone it is the
 * largest text on screen). Without the file the app still writes the line once it loads.
 */
export function staticCredits(): Plugin {
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
