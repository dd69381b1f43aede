import { featureCollection, point, polygon } from '@turf/helpers';
import voronoi from '@turf/voronoi';
import type { BBox, Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';

/** Who held a place on the reference date. */
export type Control = 'government' | 'opposition' | 'turkish' | 'sdf';

/** Properties a control point needs: a stable id and who held it. */
export interface ControlPointProperties {
  id: string;
  control: Control;
  [key: string]: unknown;
}

/** Options for {@link controlCells}. */
export interface ControlCellsOptions {
  /**
   * Latitude (degrees) of the equirectangular projection the cells are computed in, so that
   * cell edges are bisectors in kilometres rather than in degrees.
   * @defaultValue 36
   */
  latitude?: number;
}

/**
 * Voronoi cells of the control points inside `bbox`: every place on the map belongs to the cell
 * of the nearest control point, and takes that point's control. Cells are computed in an
 * equirectangular projection (longitude scaled by cos `latitude`), so a cell edge is the line of
 * equal distance, in kilometres, between two neighbouring places. Neighbouring cells share their
 * vertices exactly, which {@link sharedBoundary} relies on.
 * Points must be distinct; each cell keeps its point's properties.
 */
export function controlCells<P extends ControlPointProperties>(
  points: FeatureCollection<Point, P>,
  bbox: BBox,
  options: ControlCellsOptions = {},
): FeatureCollection<Polygon, P> {
  const k = Math.cos(((options.latitude ?? 36) * Math.PI) / 180);
  const seen = new Set<string>();
  const projected = points.features.map((feature) => {
    const [x = 0, y = 0] = feature.geometry.coordinates;
    const key = `${x},${y}`;
    if (seen.has(key))
      throw new Error(`controlCells: two points at ${key} (${feature.properties.id})`);
    seen.add(key);
    return point([x * k, y], feature.properties);
  });
  const [west, south, east, north] = bbox;
  const cells = voronoi(featureCollection(projected), { bbox: [west * k, south, east * k, north] });
  const unproject = (p: Position): Position => [(p[0] ?? 0) / k, p[1] ?? 0];
  return featureCollection(
    points.features.map((feature, index): Feature<Polygon, P> => {
      const cell = cells.features[index];
      if (!cell) throw new Error(`controlCells: no cell for ${feature.properties.id}`);
      return polygon(
        cell.geometry.coordinates.map((ring) => ring.map(unproject)),
        {
          ...feature.properties,
        },
      );
    }),
  );
}
