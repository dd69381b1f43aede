/** Dated features: `validFrom` inclusive, `validTo` exclusive (`null` or absent: open). Pure. */
import type { GeoJsonProperties } from 'geojson';

/** Whether properties with `validFrom`/`validTo` are valid on `day` (ISO). */
export function validOnDay(properties: GeoJsonProperties, day: string): boolean {
  const from = properties?.['validFrom'];
  const to = properties?.['validTo'];
  return typeof from === 'string' && from <= day && (typeof to !== 'string' || day < to);
}
