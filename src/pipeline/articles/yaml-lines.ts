/**
 * YAML parsing that remembers where each value stands, so errors can name `file:line`.
 */
import { LineCounter, isNode, parseDocument } from 'yaml';
import { DataError } from '../errors.js';

/** A parsed YAML document and the line of any value in it. */
export interface YamlWithLines {
  data: unknown;
  /** 1-based line (in the file) of the value at `path`, or of the document start when absent. */
  lineOf(path: readonly (string | number)[]): number;
}

/**
 * Parses `text`, which starts at line `firstLine` of `file`. A syntax error stops the build.
 *
 * @param firstLine - Line of the file where `text` begins.
 * @defaultValue firstLine `1`
 */
export function parseYamlWithLines(text: string, file: string, firstLine = 1): YamlWithLines {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    throw new DataError(
      file,
      firstLine + line - 1,
      `YAML syntax error (${error.code}): ${error.message.split('\n')[0] ?? ''}`,
      'correct the YAML at that line (quote values that contain ": " or start with a special character)',
    );
  }
  return {
    data: doc.toJS() as unknown,
    lineOf(path) {
      const node: unknown = doc.getIn(path, true);
      if (!isNode(node) || !node.range) return firstLine;
      return firstLine + lineCounter.linePos(node.range[0]).line - 1;
    },
  };
}
