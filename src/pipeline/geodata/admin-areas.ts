import { DataError } from '../errors.js';
import type { CsvRow } from './csv.js';

/** The table of administrative areas the map draws, relative to the project root. */
export const ADMIN_TABLE = 'geodata/admin-areas.csv';

/** One administrative area: which Natural Earth outline, and what to call it. */
export interface AdminArea {
  id: string;
  naturalEarthId: string;
  name: string;
  kind: 'province' | 'governorate';
  description: string;
  nameVariants: string[];
  nameAr: string;
  line: number;
}

/** Reads `geodata/admin-areas.csv`; a bad row stops the build with file:line. */
export function loadAdminAreas(rows: CsvRow[]): AdminArea[] {
  return rows.map((row) => {
    const v = row.values;
    const get = (column: string): string => {
      const value = v[column];
      if (!value)
        throw new DataError(ADMIN_TABLE, row.line, `${column} is empty`, `fill in ${column}`);
      return value;
    };
    const kind = get('kind');
    if (kind !== 'province' && kind !== 'governorate') {
      throw new DataError(
        ADMIN_TABLE,
        row.line,
        `kind "${kind}" is not allowed`,
        'use province or governorate',
      );
    }
    return {
      id: get('id'),
      naturalEarthId: get('natural_earth_id'),
      name: get('name'),
      kind,
      description: get('description'),
      nameVariants: (v['name_variants'] ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      nameAr: v['name_ar'] ?? '',
      line: row.line,
    };
  });
}
