/**
 * Dated features (`validFrom` inclusive, `validTo` exclusive or absent for the open end, ISO
 * dates): the territory and contact line of each interval of the series. A dated style layer
 * shows one day's features through its filter, so moving the date adds no source or program.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';

/** The first day of the series, and the day the map shows when no mode sets one. */
export const MAP_START = '2018-09-17';

/** True for features valid on `date`. */
export function validOn(date: string): ExpressionSpecification {
  return [
    'all',
    ['<=', ['to-string', ['get', 'validFrom']], date],
    [
      'any',
      ['!', ['has', 'validTo']],
      ['==', ['get', 'validTo'], null],
      ['>', ['to-string', ['get', 'validTo']], date],
    ],
  ];
}

/** A dated layer's filter: its own filter and the day's. */
export function onDate(filter: FilterSpecification | undefined, date: string): FilterSpecification {
  return filter ? ['all', filter as ExpressionSpecification, validOn(date)] : validOn(date);
}
