/**
 * The data files the app loads from `data/` (written by `npm run data`). The first view needs
 * only {@link FIRST_VIEW_DATA}: the page preloads them (`vite.config.ts`) and `npm run bench`
 * weighs them. The villages load when first shown or measured.
 */

/** Files the first view draws and lists, by what they hold. */
export const FIRST_VIEW_DATA = {
  basemap: 'basemap.geojson',
  features: 'idlib-buffer-zone.geojson',
  territory: 'territory.geojson',
  quotes: 'quotes.json',
} as const;

/** The villages of the control table: a hidden layer and the explorer's count. */
export const SETTLEMENTS_DATA = 'settlements.geojson';

/** The linking rules (`geodata/feature-aliases.yaml`, checked): loaded when "Add an article" opens. */
export const LINK_RULES_DATA = 'link-rules.json';
