import type { Geometry, Position } from 'geojson';

/** Rounds every coordinate to `decimals` places (4 ≈ 11 m) and drops repeated vertices. */
export function roundCoordinates<G extends Geometry>(geometry: G, decimals = 4): G {
  const factor = 10 ** decimals;
  const round = (position: Position): Position =>
    position.map((value) => Math.round(value * factor) / factor);
  const roundLine = (line: Position[]): Position[] =>
    line
      .map(round)
      .filter(
        (position, index, all) =>
          index === 0 || position[0] !== all[index - 1]?.[0] || position[1] !== all[index - 1]?.[1],
      );
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: round(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: roundLine(geometry.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(roundLine) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((polygon) => polygon.map(roundLine)),
      };
    case 'GeometryCollection':
      return {
        ...geometry,
        geometries: geometry.geometries.map((part) => roundCoordinates(part, decimals)),
      };
  }
}
