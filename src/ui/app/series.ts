/**
 * Who held what over time: the territory series and the zone shares, fetched the first time the
 * map's day leaves 17 Sep 2018 (the first view draws only that day's territory), then handed to
 * the map, whose dated layers filter it by day.
 */
import type { FeatureCollection } from 'geojson';
import { SERIES_DATA } from '../../data-files.js';
import { MAP_START } from '../../map/layers/dated.js';
import { postStatusData } from '../../map/layers/post-status.js';
import type { AppController } from './controller.js';
import { checkCollection, DataShapeError } from './data-shape.js';
import { loadDataFile } from './load-data.js';

/** `zone-share.json` must be a list of intervals with their shares. */
function checkZoneShares(value: unknown, file: string): ZoneShare[] {
  if (
    !Array.isArray(value) ||
    value.some((v) => typeof v?.validFrom !== 'string' || typeof v?.shares !== 'object')
  )
    throw new DataShapeError(file, 'not a list of intervals with their shares');
  return value as ZoneShare[];
}

/** The share of each zone reading the government held, per interval (`zone-share.json`). */
export interface ZoneShare {
  validFrom: string;
  validTo: string | null;
  shares: Record<string, number>;
}

/** The loaded series. */
export interface Series {
  territory: FeatureCollection;
  zoneShare: readonly ZoneShare[];
}

/** The interval's shares on `date`, or `undefined` outside the series. */
export function sharesOn(series: readonly ZoneShare[], date: string): ZoneShare | undefined {
  return series.find((s) => s.validFrom <= date && (s.validTo === null || date < s.validTo));
}

/** Loads the series once (a failed load is retried on the next call). */
export function seriesLoader(): () => Promise<Series> {
  let pending: Promise<Series> | undefined;
  return () => {
    pending ??= Promise.all([
      loadDataFile(SERIES_DATA.territory, checkCollection, { pinned: true }),
      loadDataFile(SERIES_DATA.zoneShare, checkZoneShares, { pinned: true }),
    ]).then(([territory, zoneShare]) => ({ territory, zoneShare }));
    pending.catch(() => (pending = undefined));
    return pending;
  };
}

/** Keeps the posts' status marks on the map in step with its day. */
export function drawPostStatus(ctx: AppController): void {
  let drawnFor = '';
  const draw = () => {
    const day = ctx.mapState.date;
    if (!ctx.map || day === drawnFor) return;
    drawnFor = day;
    ctx.map.setSourceData('post-status', postStatusData(ctx.features, day));
  };
  ctx.on('state', draw);
  ctx.on('map', draw);
}

/** Gives the map the whole series the first time its day is not 17 Sep 2018. */
export function drawSeriesWhenDated(ctx: AppController, load: () => Promise<Series>): void {
  let drawn = false;
  const draw = () => {
    if (drawn || !ctx.map || ctx.mapState.date === MAP_START) return;
    drawn = true;
    load().then(
      (series) => ctx.map?.setSourceData('territory', series.territory),
      () => (drawn = false),
    );
  };
  ctx.on('state', draw);
  ctx.on('map', draw);
}
