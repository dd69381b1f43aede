/**
 * How a claim in a table is known: `direct` (a source states it), `inferred` (derived from a
 * source), or `unsourced` (no source found: it must be flagged `verify=yes`). Every table with a
 * claim column checks it here, so the rules are the same everywhere.
 */
import { DataError } from '../errors.js';
import type { CsvRow } from './csv.js';

export const BASES = ['direct', 'inferred', 'unsourced'] as const;
export type Basis = (typeof BASES)[number];

/** The columns of one claim: its category, where its sources are cited, and its verify flag. */
export interface BasisColumns {
  /** Category column, e.g. `control_basis`. */
  basis: string;
  /** Column that must cite the source of a `direct` or `inferred` claim. */
  sources: string;
  /** Free-text column next to the category, named in the fix. */
  note: string;
  /** yes/no column; defaults to `verify`. */
  verify?: string;
}

/**
 * Checks one row's claim: the category is one of {@link BASES}; `direct` and `inferred` cite a
 * source; `unsourced` is flagged `verify=yes`. Throws a {@link DataError} naming `file:line`.
 */
export function checkBasis(row: CsvRow, file: string, columns: BasisColumns): Basis {
  const { basis: basisColumn, sources, note } = columns;
  const verify = columns.verify ?? 'verify';
  const fail = (problem: string, fix: string): never => {
    throw new DataError(file, row.line, problem, fix);
  };
  const basis = row.values[basisColumn];
  if (basis === undefined)
    fail(`column "${basisColumn}" is missing`, `add a ${basisColumn} column`);
  if (!(BASES as readonly string[]).includes(basis ?? '')) {
    fail(
      `${basisColumn} "${basis}" is not allowed`,
      `use one of: direct (a source states it), inferred (derived from a source), unsourced (no source found; set ${verify}=yes); free text goes in ${note}`,
    );
  }
  if (basis !== 'unsourced' && !row.values[sources]) {
    fail(
      `${basisColumn} is ${basis} but ${sources} is empty`,
      `cite the source in ${sources}, or set ${basisColumn}=unsourced and ${verify}=yes`,
    );
  }
  if (basis === 'unsourced' && row.values[verify] !== 'yes') {
    fail(
      `${basisColumn} is unsourced but ${verify} is "${row.values[verify] ?? ''}"`,
      `set ${verify}=yes: a claim without a source must be checked before use`,
    );
  }
  return basis as Basis;
}

/** Published wording of a table's note: the old marker "FROM MEMORY" reads "not sourced". */
export function plainWording(text: string): string {
  return text.replace(/\bfrom memory\b/giu, 'not sourced');
}
