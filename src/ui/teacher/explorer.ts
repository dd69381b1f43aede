/**
 * The zone-width explorer: a slider from 0 to 25 km (15 and 20 marked) redraws the one-sided band
 * live, with its area and the opposition-held settlements inside; a click on the map says how far
 * the point is from the contact line and whether it is inside the 15 and 20 km zones. Its Turf
 * code (`explorer-geo.ts`) loads only when the explorer is first opened. `#width=17.5` opens it.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { ZONE } from '../../domain/zone.js';
import type { AppContext } from '../app/app-context.js';
import { el } from '../app/dom.js';
import type { MeasuredSettlement } from '../../geo/explorer-geo.js';

type ExplorerGeo = typeof import('../../geo/explorer-geo.js');

/** Data the explorer measures against. */
export interface ExplorerData {
  territory: FeatureCollection;
  /** The villages, loaded when the explorer first measures. */
  loadSettlements: () => Promise<FeatureCollection>;
}

const MAX_KM = 25;
const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Parses the `width` hash value: 0–25 km in half-kilometre steps. */
export function parseWidth(raw: string): number | undefined {
  if (!/^\d{1,2}(\.\d)?$/.test(raw)) return undefined;
  const km = Math.round(Number(raw) * 2) / 2;
  return km >= 0 && km <= MAX_KM ? km : undefined;
}

/** Finds the opposition-held area in the territory file. */
export function oppositionArea(
  territory: FeatureCollection,
): Feature<Polygon | MultiPolygon> | null {
  const found = territory.features.find(
    (f) =>
      f.properties?.['control'] === 'opposition' || f.properties?.['id'] === 'territory-opposition',
  );
  const type = found?.geometry?.type;
  return found && (type === 'Polygon' || type === 'MultiPolygon')
    ? (found as Feature<Polygon | MultiPolygon>)
    : null;
}

/** Mounts the explorer into `host` (a `<details>` that opens it). */
export function mountExplorer(ctx: AppContext, host: HTMLDetailsElement, data: ExplorerData): void {
  const slider = el('input', {
    type: 'range',
    id: 'zone-width',
    min: 0,
    max: MAX_KM,
    step: 0.5,
    value: 15,
    list: 'zone-width-marks',
    'aria-describedby': 'zone-width-stats',
  });
  const marks = el('datalist', { id: 'zone-width-marks' });
  for (const km of [0, 5, 10, 15, 20, 25])
    marks.append(el('option', { value: km, label: `${km} km` }));
  const output = el('output', { for: 'zone-width', class: 'explorer-value' }, '15 km');
  const stats = el('p', { id: 'zone-width-stats', class: 'explorer-stats' }, 'Open to measure.');
  const published = el('p', { class: 'explorer-published' });
  const list = el('ol', { class: 'explorer-list' });
  const point = el(
    'p',
    { class: 'explorer-point', 'aria-live': 'polite' },
    'Click any point on the map to measure its distance to the contact line.',
  );
  host.append(
    el('summary', {}, 'Zone-width explorer'),
    el('label', { for: 'zone-width' }, 'Depth of the zone from the contact line: ', output),
    slider,
    marks,
    el(
      'div',
      { class: 'explorer-marks', 'aria-hidden': 'true' },
      el('span', { class: 'mark mark-0' }, '0'),
      el('span', { class: 'mark mark-15' }, '15 km'),
      el('span', { class: 'mark mark-20' }, '20 km'),
      el('span', { class: 'mark mark-25' }, '25'),
    ),
    stats,
    published,
    el('details', { class: 'explorer-settlements' }, el('summary', {}, 'Settlements inside'), list),
    point,
  );

  const line = ctx.featureById.get('contact-line') as Feature<LineString> | undefined;
  const opposition = oppositionArea(data.territory);
  let geo: ExplorerGeo | null = null;
  let measured: MeasuredSettlement[] = [];
  let bandLine: Feature<LineString> | null = null;
  let frame = 0;
  let unsubscribeClick: (() => void) | null = null;

  const widthKey = ctx.hash.register<number>({
    key: 'width',
    label: 'zone width',
    parse: parseWidth,
    format: (km) => String(km),
    apply: (km) => {
      if (km === null) return;
      slider.value = String(km);
      host.open = true;
      void update();
    },
  });

  async function load(): Promise<ExplorerGeo | null> {
    if (geo) return geo;
    if (!line || !opposition) {
      stats.textContent =
        'The contact line or the territory data is missing, so the band cannot be measured.';
      return null;
    }
    let settlements: FeatureCollection;
    try {
      [geo, settlements] = await Promise.all([
        import('../../geo/explorer-geo.js'),
        data.loadSettlements(),
      ]);
    } catch (error) {
      stats.textContent = `The band cannot be measured: ${error instanceof Error ? error.message : String(error)}`;
      return null;
    }
    measured = geo.measureSettlements(line, settlements);
    bandLine = geo.previewLine(line);
    const areas = [ZONE.core, ZONE.margin].map(({ id }) => {
      const f = ctx.featureById.get(id);
      const depth = f?.properties['depthKm'];
      return f && geo && typeof depth === 'number'
        ? `${depth} km: ${number.format(geo.areaKm2(f))} km²`
        : null;
    });
    published.textContent = `The map's zones: ${areas.filter(Boolean).join('; ')}.`;
    return geo;
  }

  async function update(): Promise<void> {
    const km = Number(slider.value);
    output.textContent = `${km} km`;
    slider.setAttribute('aria-valuetext', `${km} kilometres`);
    const g = await load();
    if (!g || !line || !opposition) return;
    const result = g.bandStats(bandLine ?? line, opposition, measured, km);
    stats.textContent = `${number.format(result.areaKm2)} km² · ${result.inside.length} of ${measured.length} settlements inside`;
    host.dataset['inside'] = String(result.inside.length);
    host.dataset['areaKm2'] = String(Math.round(result.areaKm2));
    list.replaceChildren(
      ...result.inside.map((s) => el('li', {}, `${s.name}: ${s.distanceKm.toFixed(1)} km`)),
    );
    if (!host.open) return;
    ctx.setMode('explorer', {
      label: 'the zone-width explorer',
      overlays: [
        {
          id: 'explorer-band',
          data: { type: 'FeatureCollection', features: result.band ? [result.band] : [] },
        },
      ],
    });
  }

  function listenToClicks(): void {
    if (unsubscribeClick || !ctx.map?.onMapClick) return;
    unsubscribeClick = ctx.map.onMapClick((at) => {
      if (!geo || !line || !opposition) return;
      const report = geo.pointReport(at, line, opposition);
      point.textContent = report.text;
      ctx.announce(report.text);
    });
  }

  slider.addEventListener('input', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      widthKey.set(Number(slider.value));
      void update();
    });
  });
  host.addEventListener('toggle', () => {
    if (host.open) {
      listenToClicks();
      void update();
      return;
    }
    unsubscribeClick?.();
    unsubscribeClick = null;
    ctx.setMode('explorer', null);
    widthKey.set(null);
  });
  ctx.on('map', () => {
    if (!host.open) return;
    listenToClicks();
    void update();
  });
}
