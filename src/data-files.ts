/**
 * The data files the app loads from `data/` (written by `npm run data`). The first view needs
 * only {@link FIRST_VIEW_DATA}: the app fetches them once the page's first paint is on screen
 * (`src/main.ts`), and `npm run bench` weighs them. The villages load when first shown or measured.
 */

/** Files the first view draws and lists, by what they hold. */
export const FIRST_VIEW_DATA = {
  basemap: 'basemap.geojson',
  /** The features without quote texts (the published `idlib-buffer-zone.geojson` has them). */
  features: 'map-features.geojson',
  /** The territory on 17 Sep 2018 (the series is in {@link SERIES_DATA}). */
  territory: 'territory-first.geojson',
} as const;

/**
 * The quote index: after the first view (the list shows counts from the features meanwhile),
 * or before it when a link opens an article.
 */
export const QUOTES_DATA = 'quotes.json';

/** Who held what over time, loaded when the timeline first leaves 17 Sep 2018. */
export const SERIES_DATA = {
  territory: 'territory.geojson',
  zoneShare: 'zone-share.json',
  certainty: 'territory-certainty.geojson',
} as const;

/** The villages of the control table: a hidden layer and the explorer's count. */
export const SETTLEMENTS_DATA = 'settlements.geojson';

/** The ground, loaded after the first view: rivers, mountain and plain names, other places. */
export const GROUND_DATA = {
  rivers: 'rivers.geojson',
  relief: 'relief.geojson',
  places: 'places.geojson',
} as const;

/** The linking rules (`geodata/feature-aliases.yaml`, checked): loaded when "Add an article" opens. */
export const LINK_RULES_DATA = 'link-rules.json';
