/** Reading and checking one cell of a table row; a bad cell stops the build at `file:line`. */
import { DataError } from '../errors.js';
import type { CsvRow } from './csv.js';

/** The cell's text; a missing column or an empty cell stops the build. */
export function required(row: CsvRow, file: string, column: string): string {
  const value = row.values[column];
  if (value === undefined)
    fail(file, row, `column "${column}" is missing`, `add a ${column} column`);
  if (value === '') fail(file, row, `${column} is empty`, `fill in ${column}`);
  return value;
}

/** The cell as a finite number. */
export function number(row: CsvRow, file: string, column: string): number {
  const text = required(row, file, column);
  const value = Number(text);
  if (!Number.isFinite(value))
    fail(file, row, `${column} "${text}" is not a number`, 'write a plain decimal number');
  return value;
}

/** A `yes`/`no` cell as a boolean. */
export function yesNo(row: CsvRow, file: string, column: string): boolean {
  return oneOf(row, file, column, ['yes', 'no'] as const) === 'yes';
}

/** A cell that must be one of `allowed`. */
export function oneOf<T extends string>(
  row: CsvRow,
  file: string,
  column: string,
  allowed: readonly T[],
): T {
  const value = required(row, file, column);
  if (!(allowed as readonly string[]).includes(value)) {
    fail(file, row, `${column} "${value}" is not allowed`, `use one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A kebab-case id cell. */
export function kebabId(row: CsvRow, file: string, column: string): string {
  const value = required(row, file, column);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) {
    fail(
      file,
      row,
      `${column} "${value}" is not kebab-case`,
      'use lower-case letters, digits and single hyphens',
    );
  }
  return value;
}

/** Splits a `;`-separated cell, ignoring `;` inside brackets. */
export function list(text: string | undefined): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text ?? '') {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** Stops the build at the row's line. */
export function fail(file: string, row: CsvRow, problem: string, fix: string): never {
  throw new DataError(file, row.line, problem, fix);
}
