/**
 * The tables of `root/geodata/` read and checked, and the 17 Sep 2018 derivation, as the build
 * and the series benchmark both start from them; and the series' inputs built from them.
 */
import { highwayLine } from '../../geo/highway-line.js';
import { loadSyria } from './admin.js';
import type { SeriesInputs } from './build-series.js';
import { deriveZone } from './derive.js';
import { loadGazetteer } from './gazetteer.js';
import { loadCities, loadControl, loadPosts, loadWaypoints, readTable, TABLES } from './tables.js';

/** Reads every table and derives the 17 Sep 2018 layers. */
export function loadGeodataInputs(root: string) {
  const gazetteer = loadGazetteer();
  const posts = loadPosts(readTable(root, TABLES.posts));
  const control = loadControl(readTable(root, TABLES.control), gazetteer, posts);
  const cities = loadCities(readTable(root, TABLES.cities), gazetteer);
  const routes = loadWaypoints(readTable(root, TABLES.highways), gazetteer);
  const syria = loadSyria();
  const derivation = deriveZone(control.rows, syria);
  return { root, gazetteer, posts, control, cities, routes, syria, derivation };
}

/** The tables and the 2018 derivation. */
export type GeodataInputs = ReturnType<typeof loadGeodataInputs>;

/** What `buildSeries` needs, from the inputs and the wording of the 2018 method. */
export function seriesInputs(
  inputs: GeodataInputs,
  method: string,
  sources: string[],
): SeriesInputs {
  const m4 = inputs.routes.get('M4') ?? [];
  return {
    root: inputs.root,
    gazetteer: inputs.gazetteer,
    rows: inputs.control.rows,
    unresolved: inputs.control.unresolved,
    postIds: new Set(inputs.posts.map((p) => p.id)),
    m4: {
      line: highwayLine(
        m4.map((w) => w.coordinates),
        {},
      ),
      waypoints: m4,
    },
    syria: inputs.syria,
    derivation: inputs.derivation,
    method,
    sources,
  };
}
