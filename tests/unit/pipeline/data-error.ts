/** The pipeline's tests: the {@link DataError} a run throws (any other error, or none, fails). */
import { DataError } from '../../../src/pipeline/errors.js';

export function dataErrorOf(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}
