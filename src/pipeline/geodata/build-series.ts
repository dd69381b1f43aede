/**
 * Issue 12: the dated series. Reads the three optional dated tables, derives territory and
 * contact line for every interval, the zones' government-held share, the observation posts'
 * status history and the security corridor of 5 Mar 2020. Without the dated tables the series
 * has one interval, today's 17 Sep 2018 map.
 */
import type { Feature, LineString } from 'geojson';
import type { Control } from '../../geo/control-cells.js';
import { intervalOn, SERIES_START, type ControlInterval } from '../../geo/control-intervals.js';
import type { Area } from './admin.js';
import { corridorFeature, type CorridorFeature } from './corridor-feature.js';
import {
  DATED_TABLES,
  basisCategory,
  loadChanges,
  loadDatedPlaces,
  loadPostStatus,
  readOptionalTable,
  type PostStatusRow,
} from './dated-tables.js';
import { deriveSeries, zoneShares, type SeriesPlace } from './derive-series.js';
import type { Derivation } from './derive.js';
import type { GeoNamesPlace } from './gazetteer.js';
import { certaintyCollection, territorySeriesCollection } from './publish-series.js';
import type { ControlRow, UnresolvedRow, Waypoint } from './tables.js';

/** What {@link buildSeries} needs from the 17 Sep 2018 build. */
export interface SeriesInputs {
  root: string;
  gazetteer: Map<number, GeoNamesPlace>;
  rows: readonly ControlRow[];
  unresolved: readonly UnresolvedRow[];
  postIds: ReadonlySet<string>;
  m4: { line: Feature<LineString>; waypoints: readonly Waypoint[] };
  syria: Area;
  derivation: Derivation;
  /** The 17 Sep 2018 line method and sources, reused for every interval. */
  method: string;
  sources: string[];
}

/** Dates whose government-held zone shares `npm run data` prints. */
export const REPORT_DATES = ['2019-05-01', '2019-09-01', '2020-02-01', '2020-03-06'];

/** Everything the series publishes. */
export interface SeriesBuild {
  territory: ReturnType<typeof territorySeriesCollection>;
  certainty: ReturnType<typeof certaintyCollection>;
  zoneShare: ReturnType<typeof zoneShares>;
  /** Status history per observation post id, in date order. */
  statusHistory: Map<string, PostStatusRow[]>;
  corridor: CorridorFeature;
  /** End of the 17 Sep 2018 interval (exclusive), or null when nothing changed. */
  firstValidTo: string | null;
  report: string[];
}

/** Derives the whole dated series (see the module comment). */
export function buildSeries(inputs: SeriesInputs): SeriesBuild {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { root, rows, derivation: d } = inputs;
  const placeRows = readOptionalTable(root, DATED_TABLES.places);
  const taken = new Set([...rows.map((r) => r.id), ...inputs.unresolved.map((r) => r.id)]);
  const dated = placeRows
    ? loadDatedPlaces(placeRows, inputs.gazetteer, taken)
    : { places: [], unresolved: [] };
  const startSides = new Map<string, Control>([
    ...rows.map((r): [string, Control] => [r.id, r.control]),
    ...inputs.unresolved.map((r): [string, Control] => [r.id, r.control]),
    ...dated.places.map((p): [string, Control] => [p.id, p.control]),
    ...dated.unresolved.map((p): [string, Control] => [p.id, p.control]),
  ]);
  const changeRows = readOptionalTable(root, DATED_TABLES.changes);
  const allChanges = changeRows ? loadChanges(changeRows, startSides) : [];
  const base: SeriesPlace[] = rows.map((r) => ({ ...r, basis: basisCategory(r.controlBasis) }));
  const placed = new Set([...base, ...dated.places].map((p) => p.id));
  const changes = allChanges.filter((c) => placed.has(c.place));
  const loaded = performance.now();
  const series = deriveSeries(base, dated.places, changes, inputs.syria, d);
  const derived = performance.now();
  const zoneShare = zoneShares(series, {
    'dmz-15km': d.zone15,
    'dmz-20km': d.zone20,
    'dmz-split': d.split10,
  });
  const shared = performance.now();
  const territory = territorySeriesCollection(series, d, inputs.method, inputs.sources);
  const certainty = certaintyCollection(series);
  const published = performance.now();
  const statusRows = readOptionalTable(root, DATED_TABLES.postStatus);
  const statusHistory = statusRows ? loadPostStatus(statusRows, inputs.postIds) : new Map();
  const corridor = corridorFeature(inputs.m4.line, inputs.m4.waypoints);
  const ms = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const skipped = allChanges.length - changes.length;
  const unplaced = [...new Set(allChanges.filter((c) => !placed.has(c.place)).map((c) => c.place))];
  const report = [
    `series: ${series.length} interval(s) from ${SERIES_START}; ${dated.places.length} dated places (${dated.unresolved.length} without a position skipped), ${changes.length} changes${skipped > 0 ? ` (${skipped} of places without a position skipped)` : ''}; derived in ${ms} ms wall, ${cpuMs} ms CPU (wall: load ${Math.round(loaded - started)}, territory ${Math.round(derived - loaded)}, zone shares ${Math.round(shared - derived)}, certainty and publish ${Math.round(published - shared)})`,
    ...(unplaced.length > 0
      ? [`series: changes skipped, place without a position: ${unplaced.join(', ')}`]
      : []),
    `series: places given their whole cell back (left across the smoothed line): ${series.reduce((n, s) => n + s.corrected.length, 0)} place-intervals`,
    ...shareLines(
      series.map((x) => x.interval),
      zoneShare,
    ),
  ];
  return {
    territory,
    certainty,
    zoneShare,
    statusHistory,
    corridor,
    firstValidTo: series[0]?.interval.validTo ?? null,
    report,
  };
}

/** The report's lines of government-held zone shares on {@link REPORT_DATES}. */
function shareLines(
  intervals: readonly ControlInterval[],
  zoneShare: ReturnType<typeof zoneShares>,
): string[] {
  if (intervals.length === 1)
    return ['series: no changes of hands: the series is the 17 Sep 2018 map'];
  return REPORT_DATES.map((date) => {
    const from = intervalOn(intervals, date)?.validFrom;
    const at = zoneShare.find((z) => z.validFrom === from);
    const shares = Object.entries(at?.shares ?? {}).map(
      ([id, v]) => `${id} ${(v * 100).toFixed(1)}%`,
    );
    return `series: government-held share on ${date}: ${shares.join(', ')}`;
  });
}
