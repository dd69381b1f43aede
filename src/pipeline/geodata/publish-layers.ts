import type { Feature, Point } from 'geojson';
import type { Control } from '../../geo/control-cells.js';
import { publishOutline } from './admin.js';
import type { Derivation } from './derive.js';
import { plainWording } from './provenance.js';
import type { ControlRow, PostRow } from './tables.js';

/** Accuracy (km) claimed for the derived contact line, zone edges and territory. */
import { LINE_ACCURACY_KM } from '../../domain/accuracy.js';

export { LINE_ACCURACY_KM };

export const CONTROL_NAMES: Record<Control, string> = {
  opposition: 'Opposition-held',
  government: 'Government-held',
  turkish: 'Held by Turkey and Turkish-backed groups (Afrin, Euphrates Shield)',
  sdf: 'Kurdish-led SDF/YPG (Tal Rifaat), with Russian and government presence',
};

/** Territory held by each side, `/data/territory.geojson`. */
export function territoryCollection(d: Derivation, method: string, sources: string[]) {
  const features: Feature[] = [];
  for (const control of ['opposition', 'government', 'turkish', 'sdf'] as const) {
    const region = d.territory[control];
    if (!region) continue;
    const outline = publishOutline(region, 0.002);
    features.push({
      type: 'Feature',
      properties: {
        id: `territory-${control}`,
        name: `${CONTROL_NAMES[control]}, 17 Sep 2018 (derived)`,
        control,
        description: 'Approximate; derived from the control of settlements, north-west Syria only',
        provenance: {
          method: `${method} Areas cover north-west Syria only (35.7–37.6°E, 34.95–36.85°N).`,
          sources,
          accuracyKm: LINE_ACCURACY_KM,
        },
      },
      geometry: outline.geometry,
    });
  }
  return { type: 'FeatureCollection' as const, features };
}

/** Every placed control-table row, `/data/settlements.geojson`. */
export function settlementCollection(rows: readonly ControlRow[]) {
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((row): Feature<Point> => ({
      type: 'Feature',
      properties: {
        id: `settlement-${row.id}`,
        name: row.name,
        nameVariants: row.nameVariants,
        control: row.control,
        controlBasis: row.controlBasis,
        controlNote: controlWording(row),
        sources: row.controlSources,
        coordSource: row.coordSource,
        geonamesId: row.geonamesId,
        verify: row.verify,
        role: row.role,
        notes: row.notes,
        line: row.line,
      },
      geometry: {
        type: 'Point',
        coordinates: row.coordinates.map((v) => Math.round(v * 1e5) / 1e5),
      },
    })),
  };
}

/** A control row's claim as published: an unsourced one says so first, in plain words. */
export function controlWording(row: Pick<ControlRow, 'controlBasis' | 'controlNote'>): string {
  const note = plainWording(row.controlNote);
  if (row.controlBasis !== 'unsourced') return note;
  return `control on 17 Sep 2018 not sourced${note ? `; ${note}` : ''}`;
}

/** How an observation post's position is published: an unsourced one says so. */
export function positionWording(
  post: Pick<PostRow, 'coordBasis' | 'coordQuality' | 'accuracyKm'>,
): string {
  if (post.coordBasis === 'unsourced') {
    return `position not sourced: approximate, ±${post.accuracyKm} km`;
  }
  return `position ${plainWording(post.coordQuality)}`;
}

/** Who held the control-table place at exactly this position, if any. */
export function controlAt(rows: readonly ControlRow[], at: readonly number[]): Control | undefined {
  return rows.find((r) => r.coordinates[0] === at[0] && r.coordinates[1] === at[1])?.control;
}

/** Length of a polyline in km (local equirectangular approximation). */
export function lengthKm(coords: number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < coords.length; i++) {
    const [x1 = 0, y1 = 0] = coords[i] ?? [];
    const [x2 = 0, y2 = 0] = coords[i + 1] ?? [];
    sum += Math.hypot(
      (x2 - x1) * 111.32 * Math.cos((((y1 + y2) / 2) * Math.PI) / 180),
      (y2 - y1) * 110.57,
    );
  }
  return sum;
}
