/** The dated series as published in `/data/territory.geojson` and `/data/territory-certainty.geojson`. */
import area from '@turf/area';
import simplify from '@turf/simplify';
import type { Feature } from 'geojson';
import type { Control } from '../../geo/control-cells.js';
import { roundCoordinates } from '../round.js';
import { publishOutline } from './admin.js';
import { DATED_TABLES } from './dated-tables.js';
import type { Derivation } from './derive.js';
import {
  TERRITORY_TOLERANCE_DEG,
  certaintyPieces,
  outlineOf,
  sideCertainty,
  type IntervalDerivation,
} from './derive-series.js';
import { CONTROL_NAMES, LINE_ACCURACY_KM, territoryCollection } from './publish-layers.js';

/** Tolerance (degrees, about 50 m) of the dated contact lines: the smoothing leaves dense vertices. */
export const LINE_TOLERANCE_DEG = 0.0005;
const SIDES: readonly Control[] = ['opposition', 'government', 'turkish', 'sdf'];
const CHANGES_SOURCE = `${DATED_TABLES.changes} and ${DATED_TABLES.places} (one source per row; the contact line of each date cites that date's changes)`;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** `2019-05-09` → `9 May 2019`. */
export function formatDay(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''} ${y}`;
}

/** The interval as words: `from 9 May 2019 until 22 May 2019` (validTo exclusive). */
export function intervalWords(validFrom: string, validTo: string | null): string {
  return validTo
    ? `from ${formatDay(validFrom)} until ${formatDay(validTo)} (exclusive)`
    : `from ${formatDay(validFrom)} on`;
}

/**
 * Every interval's territory (one feature per side) and, from the second interval on, its
 * contact line (`kind: 'contact-line'`, id `contact-line@<validFrom>`; the 17 Sep 2018 line is
 * `contact-line` in the main collection). The first interval's territory features are
 * {@link territoryCollection}'s, with the dated properties added.
 */
export function territorySeriesCollection(
  series: readonly IntervalDerivation[],
  d: Derivation,
  method: string,
  sources: string[],
) {
  const features: Feature[] = [];
  const first = territoryCollection(d, method, sources).features;
  // Dated features refer to the 17 Sep 2018 ones for the full method and sources (file size).
  const datedSources = [
    sources[0] ?? '',
    CHANGES_SOURCE,
    'the rest as for territory-* and contact-line of 17 Sep 2018',
  ];
  series.forEach((s, index) => {
    const { validFrom, validTo } = s.interval;
    const suffix = index === 0 ? '' : `@${validFrom}`;
    const dated = (control: Control) => ({
      validFrom,
      validTo,
      certainty: sideCertainty(s, control),
      certaintyShares: shares(s, control),
      changes: changesBehind(s, control),
    });
    if (index === 0) {
      for (const f of first) {
        const control = f.properties?.['control'] as Control;
        features.push({ ...f, properties: { ...f.properties, ...dated(control) } });
      }
      return;
    }
    for (const control of SIDES) {
      const region = outlineOf(s, control);
      if (!region) continue;
      features.push({
        type: 'Feature',
        properties: {
          id: `territory-${control}${suffix}`,
          name: `${CONTROL_NAMES[control]}, ${intervalWords(validFrom, validTo)} (derived)`,
          control,
          description:
            'Approximate; derived from the control of settlements, north-west Syria only',
          provenance: {
            method: `${datedMethod(validFrom)} Areas cover north-west Syria only (35.7–37.6°E, 34.95–36.85°N).`,
            sources: datedSources,
            accuracyKm: LINE_ACCURACY_KM,
          },
          ...dated(control),
        },
        geometry: region.geometry,
      });
    }
    features.push({
      type: 'Feature',
      properties: {
        id: `contact-line${suffix}`,
        name: `Contact line, ${intervalWords(validFrom, validTo)} (derived)`,
        kind: 'contact-line',
        validFrom,
        validTo,
        description: `Approximate front line between government and opposition ${intervalWords(validFrom, validTo)}, derived from settlement control`,
        provenance: {
          method: datedMethod(validFrom),
          sources: [...datedSources, ...new Set(s.interval.changes.flatMap((c) => c.sources))],
          accuracyKm: LINE_ACCURACY_KM,
        },
        changes: s.interval.changes.map((c) => ({
          place: c.place,
          control: c.control,
          basis: c.basis,
          sources: c.sources,
          verify: c.verify,
        })),
      },
      geometry: roundCoordinates(
        simplify(s.contactLine, { tolerance: LINE_TOLERANCE_DEG, highQuality: true }).geometry,
        4,
      ),
    });
  });
  return { type: 'FeatureCollection' as const, features };
}

/** Each side's area cut by certainty, for drawing lower certainty (`territory-certainty.geojson`). */
export function certaintyCollection(series: readonly IntervalDerivation[]) {
  const features: Feature[] = [];
  for (const s of series) {
    for (const control of SIDES) {
      for (const piece of certaintyPieces(s, control)) {
        features.push({
          type: 'Feature',
          properties: {
            id: `certainty-${control}-${piece.certainty}@${s.interval.validFrom}`,
            control,
            certainty: piece.certainty,
            validFrom: s.interval.validFrom,
            validTo: s.interval.validTo,
          },
          geometry: publishOutline(piece.area, TERRITORY_TOLERANCE_DEG).geometry,
        });
      }
    }
  }
  return { type: 'FeatureCollection' as const, features };
}

function datedMethod(validFrom: string): string {
  return `The 17 Sep 2018 method (see territory-* and contact-line of that date) with each place's side on ${formatDay(validFrom)}: its last change on or before that day in ${DATED_TABLES.changes}, else its starting side; the 2019–20 places of ${DATED_TABLES.places} included. A place left across the smoothed line gets its whole cell back. See geodata/README.md, "Who held what on other dates".`;
}

function shares(s: IntervalDerivation, control: Control): Record<string, number> {
  const total = outlineOf(s, control);
  if (!total) return {};
  const whole = area(total);
  const out: Record<string, number> = {};
  for (const piece of certaintyPieces(s, control)) {
    out[piece.certainty] = Math.round((area(piece.area) / whole) * 1000) / 1000;
  }
  return out;
}

function changesBehind(s: IntervalDerivation, control: Control) {
  const side = new Map(s.interval.sides.map((p) => [p.id, p.control]));
  return [...s.lastChange.values()]
    .filter((c) => side.get(c.place) === control)
    .sort((a, b) => a.date.localeCompare(b.date) || a.place.localeCompare(b.place))
    .map((c) => ({ place: c.place, date: c.date, basis: c.basis, verify: c.verify }));
}
