import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One file the pipeline publishes. */
export interface Output {
  /** Absolute path of the file. */
  path: string;
  /** Its full contents. */
  contents: string;
}

/**
 * Writes every output to a temporary sibling first and renames them into place only when all
 * were written, so a failed run leaves the previous outputs as they were.
 */
export function writeOutputsAtomically(outputs: readonly Output[]): void {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const output of outputs) {
      mkdirSync(dirname(output.path), { recursive: true });
      const tmp = `${output.path}.${process.pid}.tmp`;
      writeFileSync(tmp, output.contents);
      staged.push({ tmp, path: output.path });
    }
  } catch (error) {
    for (const { tmp } of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const { tmp, path } of staged) renameSync(tmp, path);
}
