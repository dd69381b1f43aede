/**
 * Issue 16.2: in `npm run dev` an edit in `geodata/` rebuilds the data. Starts the Vite dev server
 * with the plugin on a free port in a temporary copy of the pipeline's inputs, edits a headline
 * and waits for `public/data/quotes.json` to carry it. Leaves nothing behind.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { isGeodataPath, rebuildDataOnChange } from '../../../src/build/rebuild-data-on-change.js';
import { pipelineInputs } from '../../../src/pipeline/freshness.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

describe('the dev server', () => {
  it('matches geodata paths reported relative or absolute, and nothing else', () => {
    expect(isGeodataPath('geodata/articles/001.md', '/p')).toBe(true);
    expect(isGeodataPath('/p/geodata/cities.csv', '/p')).toBe(true);
    expect(isGeodataPath('/p/src/geodata/x.ts', '/p')).toBe(false);
    expect(isGeodataPath('/p/geodata-old/x.csv', '/p')).toBe(false);
    expect(isGeodataPath('/p/geodata', '/p')).toBe(false);
  });

  it('rebuilds public/data after a headline is edited in geodata/articles', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'dev-rebuild-'));
    const server = await createServer({
      root: copy,
      configFile: false,
      logLevel: 'silent',
      clearScreen: false,
      plugins: [rebuildDataOnChange()],
      server: { host: '127.0.0.1', port: await freePort(), strictPort: true },
    });
    try {
      for (const file of [...pipelineInputs(root), join(root, 'package.json')]) {
        const target = join(copy, relative(root, file));
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(file, target);
      }
      symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
      await server.listen();
      await new Promise((r) => setTimeout(r, 500)); // let the watcher settle
      const article = join(copy, 'geodata/articles/001.md');
      const headline = `Edited headline ${Date.now()}`;
      const text = readFileSync(article, 'utf8').replace(
        /^headline: .*$/mu,
        `headline: "${headline}"`,
      );
      writeFileSync(article, text);
      const quotes = join(copy, 'public/data/quotes.json');
      const rebuilt = await until(
        () => existsSync(quotes) && readFileSync(quotes, 'utf8').includes(headline),
        25_000,
      );
      expect(rebuilt).toBe(true);
    } finally {
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  }, 30_000);
});
