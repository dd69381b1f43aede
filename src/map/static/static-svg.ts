/**
 * The map's first view as SVG, written at build time from the published data (`src/build/
 * static-map.ts` puts it in the page): the same projection and framing as MapLibre's first view
 * (`./frame.ts`), the same colours, widths, dashes and patterns as the style (`../layers/*`,
 * `../images.ts`), in the same drawing order. It is the map before WebGL has drawn, and the map
 * where there is no WebGL or no JavaScript.
 *
 * Sizes that MapLibre keeps in screen pixels (line widths, dashes, icons, text, pattern tiles)
 * stay in pixels here too: strokes by `vector-effect: non-scaling-stroke`, the rest by CSS scaling
 * each symbol by `--k`, the inverse of the view box's scale (`src/ui/app/static-map.css`).
 */
import type { Feature, FeatureCollection } from 'geojson';
import { PALETTE } from '../../domain/palette.js';
import { ZONE } from '../../domain/zone.js';
import { frameOf, project, type Frame } from './frame.js';
import { COARSE, TOLERANCE, geometryPath, inClip, midpoint, newEdges, seaPath } from './shapes.js';
import { labelTiers } from './label-tiers.js';
import { STATIC_DEFS } from './static-defs.js';

/** The data the first view draws. */
export interface StaticMapData {
  basemap: FeatureCollection;
  features: FeatureCollection;
  territory: FeatureCollection;
}

/** Escapes text for an SVG text node or attribute. */
export const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** Rounds a point's frame coordinate to half a unit (a quarter pixel on a desktop). */
const half = (v: number) => Math.round(v * 2) / 2;

const prop = (f: Feature, key: string): string => String(f.properties?.[key] ?? '');
const ofKind = (data: FeatureCollection, ...kinds: string[]) =>
  data.features.filter((f) => kinds.includes(prop(f, 'kind')));

/** A path element with the given attributes, or nothing when the geometry is out of view. */
function path(frame: Frame, f: Feature, attrs: string, tolerance = TOLERANCE): string {
  const d = f.geometry ? geometryPath(frame, f.geometry, tolerance) : '';
  return d ? `<path d="${d}" ${attrs}/>` : '';
}

/** A named, selectable feature: its id for clicks, its name as a title. */
function feature(f: Feature, body: string): string {
  if (!body) return '';
  const id = escapeXml(prop(f, 'id'));
  return `<g data-feature-id="${id}"><title>${escapeXml(prop(f, 'name'))}</title>${body}</g>`;
}

/** A group of one layer: `data-layer` is its legend group (the print copy hides hidden ones). */
const layer = (group: string, body: string) => (body ? `<g data-layer="${group}">${body}</g>` : '');

/** A symbol or label at a point, kept at screen size (class `k`). */
function at(frame: Frame, f: Feature, body: string): string {
  if (f.geometry?.type !== 'Point') return '';
  const p = project(frame, f.geometry.coordinates);
  if (!inClip(frame, p)) return '';
  const [x, y] = p.map(half);
  return `<g transform="translate(${x} ${y})"><g class="k">${body}</g></g>`;
}

/** Land-coloured ground, Syria, then the sea over both (so each coast is drawn once). */
function basemap(frame: Frame, data: FeatureCollection): string {
  const countries = ofKind(data, 'country');
  const syria = countries
    .filter((f) => Boolean(f.properties?.['syria']))
    .map((f) => path(frame, f, `fill="${PALETTE.syria}"`, COARSE))
    .join('');
  const sea = seaPath(
    frame,
    countries.flatMap((f) => (f.geometry ? [f.geometry] : [])),
  );
  return `<g data-layer="basemap"><rect x="-9999" y="-9999" width="30000" height="30000" fill="${PALETTE.land}"/>${syria}${sea ? `<path d="${sea}" fill="${PALETTE.sea}"/>` : ''}</g>`;
}

function borders(frame: Frame, data: FeatureCollection): string {
  return ofKind(data, 'border')
    .map((f) =>
      f.properties?.['turkish']
        ? path(frame, f, `class="s" stroke="${PALETTE.turkishBorder}" stroke-width="2.5"`)
        : path(frame, f, `class="s" stroke="${PALETTE.border}" stroke-dasharray="3 2"`, COARSE),
    )
    .join('');
}

/** Tint and pattern of each side, as `../layers/territory.ts` draws them. */
const SIDES: Record<string, { color: string; opacity: number; pattern?: string }> = {
  opposition: { color: PALETTE.opposition, opacity: 0.22 },
  government: { color: PALETTE.government, opacity: 0.16, pattern: 'dots' },
  sdf: { color: PALETTE.sdf, opacity: 0.14, pattern: 'vstripes' },
  turkish: { color: PALETTE.turkishHeld, opacity: 0.14, pattern: 'stripes' },
};

function territory(frame: Frame, data: FeatureCollection): string {
  const tints = data.features.map((f) => {
    const side = SIDES[prop(f, 'control')];
    return side
      ? path(frame, f, `fill="${side.color}" fill-opacity="${side.opacity}"`, COARSE)
      : '';
  });
  const patterns = data.features.map((f) => {
    const pattern = SIDES[prop(f, 'control')]?.pattern;
    return pattern ? path(frame, f, `fill="url(#sm-${pattern})" fill-opacity="0.5"`, COARSE) : '';
  });
  return layer('territory', tints.join('') + patterns.join(''));
}

function zone(frame: Frame, data: FeatureCollection): string {
  const byId = (id: string) => data.features.find((f) => prop(f, 'id') === id);
  const margin = byId(ZONE.margin.id);
  const core = byId(ZONE.core.id);
  const body = [
    margin && feature(margin, path(frame, margin, 'fill="url(#sm-hatch)" fill-opacity="0.85"')),
    core &&
      feature(
        core,
        path(
          frame,
          core,
          `fill="${PALETTE.zoneCore}" stroke="${PALETTE.zoneInk}" stroke-opacity="0.6" class="e"`,
        ),
      ),
  ];
  return layer('zone', body.join(''));
}

function province(frame: Frame, data: FeatureCollection): string {
  // The province first: the governorates' outlines leave out the borders it has drawn.
  const drawn = new Set<string>();
  const outline = (f: Feature, width: number) =>
    f.geometry
      ? feature(
          f,
          path(
            frame,
            { ...f, geometry: newEdges(f.geometry, drawn) },
            `class="s" stroke="${PALETTE.province}" stroke-width="${width}" stroke-dasharray="${[6, 2, 1, 2].map((n) => n * width).join(' ')}"`,
            width === 1 ? COARSE : TOLERANCE,
          ),
        )
      : '';
  const province = ofKind(data, 'province').map((f) => outline(f, 2));
  const governorates = ofKind(data, 'governorate').map((f) => outline(f, 1));
  return layer('province', governorates.join('') + province.join(''));
}

function contactLine(frame: Frame, data: FeatureCollection): string {
  return layer(
    'contact-line',
    ofKind(data, 'contact-line')
      .map((f) =>
        feature(
          f,
          path(frame, f, `class="s r" stroke="${PALETTE.labelHalo}" stroke-width="6.5"`) +
            path(frame, f, `class="s r" stroke="${PALETTE.contactLine}" stroke-width="3.5"`),
        ),
      )
      .join(''),
  );
}

function highways(frame: Frame, data: FeatureCollection): string {
  return layer(
    'highways',
    ofKind(data, 'highway')
      .map((f) =>
        feature(
          f,
          path(frame, f, `class="s j" stroke="${PALETTE.labelHalo}" stroke-width="5"`) +
            path(
              frame,
              f,
              `class="s j" stroke="${PALETTE.highway}" stroke-width="2.5" stroke-dasharray="10 5"`,
            ),
        ),
      )
      .join(''),
  );
}

/** The highways' number shields, one halfway along each (MapLibre repeats them every 220 px). */
function shields(frame: Frame, data: FeatureCollection): string {
  return ofKind(data, 'highway')
    .map((f) => {
      const mid = f.geometry && midpoint(frame, f.geometry);
      const text = prop(f, 'ref') || prop(f, 'id').slice(0, 2).toUpperCase();
      if (!mid) return '';
      const point: Feature = { ...f, geometry: { type: 'Point', coordinates: [0, 0] } };
      const [x, y] = mid.map(half);
      const body = `<rect x="-12" y="-8" width="24" height="16" rx="2" fill="${PALETTE.shield}" stroke="#fff" stroke-width="1.5"/><text y="4" class="h">${escapeXml(text)}</text>`;
      return feature(point, `<g transform="translate(${x} ${y})"><g class="k">${body}</g></g>`);
    })
    .join('');
}

function points(frame: Frame, data: FeatureCollection, kind: string, symbol: string): string {
  return ofKind(data, kind)
    .map((f) => feature(f, at(frame, f, `<use href="#sm-${symbol}"/>`)))
    .join('');
}

/**
 * City names above their dots (MapLibre: 13 px, bottom anchor 0.8 em above the point); those
 * that would overlap another on a small map carry their tier's class (`./label-tiers.ts`).
 */
function cityLabels(frame: Frame, data: FeatureCollection): string {
  const cities = ofKind(data, 'city').flatMap((f) => {
    if (f.geometry?.type !== 'Point') return [];
    const [x, y] = project(frame, f.geometry.coordinates);
    return inClip(frame, [x, y]) ? [{ f, x, y, text: prop(f, 'name') }] : [];
  });
  const tiers = labelTiers(cities);
  return cities
    .map(({ f, text }, i) => {
      const label = at(frame, f, `<text y="-14" class="t">${escapeXml(text)}</text>`);
      return tiers[i] ? `<g class="l${tiers[i]}">${label}</g>` : label;
    })
    .join('');
}

function countryLabels(frame: Frame, data: FeatureCollection): string {
  return ofKind(data, 'country-label')
    .map((f) =>
      at(frame, f, `<text y="5" class="c">${escapeXml(prop(f, 'name').toUpperCase())}</text>`),
    )
    .join('');
}

/** The summary a screen reader hears for the picture. */
export const STATIC_MAP_SUMMARY =
  'Map of the Idlib demilitarised zone: the contact line of 17 September 2018, the zone (solid 0–15 km, hatched 15–20 km), M4, M5, cities and Turkish observation posts. The list of places describes each.';

/** The first view as an SVG element (a string of markup; every name escaped). */
export function staticMapSvg(data: StaticMapData): string {
  const frame = frameOf();
  const [w, h] = [frame.width, frame.height].map((v) => Math.round(v * 100) / 100);
  const body = [
    basemap(frame, data.basemap),
    territory(frame, data.territory),
    zone(frame, data.features),
    `<g data-layer="borders">${borders(frame, data.basemap)}</g>`,
    province(frame, data.features),
    contactLine(frame, data.features),
    highways(frame, data.features),
    layer('cities', points(frame, data.features, 'city', 'city')),
    layer('posts', points(frame, data.features, 'observation-point', 'post')),
    layer('highways', shields(frame, data.features)),
    layer('cities', cityLabels(frame, data.features)),
    `<g data-layer="labels">${countryLabels(frame, data.basemap)}</g>`,
  ].join('');
  return (
    // preserveAspectRatio is left at its default, "xMidYMid meet": MapLibre's fitBounds. No
    // xmlns: the SVG is parsed as part of the HTML page, which needs none.
    `<svg class="static-map-svg" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeXml(STATIC_MAP_SUMMARY)}">` +
    `<defs>${STATIC_DEFS}</defs>${body}</svg>`
  );
}
