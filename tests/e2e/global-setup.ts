import { rmSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the preview server serving the fresh build, e.g. `http://127.0.0.1:4173/`. */
    baseUrl: string;
    /** Folder of that build, relative to the project root. */
    distDir: string;
  }
}

let server: PreviewServer | undefined;
/** A build folder of this run's own, so parallel runs never serve each other's half-written files. */
const outDir = `tests/e2e/.artifacts/dist-${process.pid}`;

/** Builds the site as `npm run build` does and serves it with `vite preview` (CSP header on). */
export async function setup(project: TestProject): Promise<void> {
  await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  // A test-only page that draws labels in every script the data uses, built apart so the app's
  // own build stays exactly what `npm run build` makes.
  await build({
    mode: 'production',
    logLevel: 'warn',
    root: 'tests/e2e/pages',
    base: './',
    publicDir: false,
    build: {
      outDir: `${process.cwd()}/${outDir}/glyph-check`,
      emptyOutDir: false,
      rolldownOptions: { input: `${process.cwd()}/tests/e2e/pages/glyphs.html` },
    },
  });
  server = await preview({
    preview: { port: 0, host: '127.0.0.1' },
    build: { outDir },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseUrl', url);
  project.provide('distDir', outDir);
}

export async function teardown(): Promise<void> {
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
}
