import { existsSync, readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { FIRST_VIEW_DATA } from '../data-files.js';
import { staticMapSvg } from '../map/static/static-svg.js';

/** The page's empty static-map holder, which the plugin fills. */
export const STATIC_MAP_PLACEHOLDER = '<div id="static-map" class="static-map"></div>';

/**
 * Writes the map's first view into the page as SVG (`src/map/static/`), from the published
 * `public/data/` files, so the map paints with the page: before MapLibre has drawn, and where
 * there is no WebGL or no JavaScript. Without the data files the holder stays empty.
 */
export function staticMap(): Plugin {
  let publicDir = 'public';
  return {
    name: 'static-map',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml(html) {
      const file = (name: string) => `${publicDir}/data/${name}`;
      const names = [FIRST_VIEW_DATA.basemap, FIRST_VIEW_DATA.features, FIRST_VIEW_DATA.territory];
      if (!html.includes(STATIC_MAP_PLACEHOLDER) || !names.every((n) => existsSync(file(n))))
        return html;
      const [basemap, features, territory] = names.map(
        (n) => JSON.parse(readFileSync(file(n), 'utf8')) as FeatureCollection,
      ) as [FeatureCollection, FeatureCollection, FeatureCollection];
      const svg = staticMapSvg({ basemap, features, territory });
      return html.replace(
        STATIC_MAP_PLACEHOLDER,
        STATIC_MAP_PLACEHOLDER.replace('></div>', `>${svg}</div>`),
      );
    },
  };
}
