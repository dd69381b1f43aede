import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputsAtomically } from '../../../src/pipeline/outputs.js';

describe('writeOutputsAtomically', () => {
  it('leaves every previous output untouched when one write fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'));
    const good = join(dir, 'a.json');
    writeFileSync(good, 'old');
    const impossible = join(dir, 'a.json', 'cannot-be-inside-a-file.json');
    expect(() =>
      writeOutputsAtomically([
        { path: good, contents: 'new' },
        { path: impossible, contents: 'x' },
      ]),
    ).toThrow();
    expect(readFileSync(good, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('replaces all outputs when every write succeeds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'));
    writeOutputsAtomically([
      { path: join(dir, 'a.json'), contents: '1' },
      { path: join(dir, 'sub/b.json'), contents: '2' },
    ]);
    expect(readFileSync(join(dir, 'sub/b.json'), 'utf8')).toBe('2');
  });
});
