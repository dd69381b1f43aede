/**
 * A bad input to the data pipeline. Its message names the file and line, what is wrong and how
 * to fix it, so the build can stop early with one readable line.
 */
export class DataError extends Error {
  /** Path of the offending file, relative to the project root. */
  readonly file: string;
  /** 1-based line number, or 0 when the problem is the file as a whole. */
  readonly line: number;
  /** What to change to fix it. */
  readonly fix: string;

  constructor(file: string, line: number, problem: string, fix: string) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${problem}. Fix: ${fix}`);
    this.name = 'DataError';
    this.file = file;
    this.line = line;
    this.fix = fix;
  }
}
