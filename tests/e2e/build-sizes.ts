import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (`dist/.vite/manifest.json`). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Gzipped size in bytes of a built file. */
export function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** MapLibre's own chunks: the library and its worker. */
export const isMapLibre = (file: string) => /(^|\/)maplibre(-gl-worker)?-[\w-]+\.m?js$/.test(file);

/** Reads the manifest of a build folder. */
export function readManifest(distDir: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
}

/**
 * The scripts the first view loads: the entry and the map module, with what they import
 * statically, plus the boot check (`public/boot-check.js`); the service worker is registered
 * by the entry itself.
 */
export function firstViewScripts(manifest: Record<string, ManifestChunk>): Set<string> {
  const files = new Set<string>(['boot-check.js']);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry) visit(key);
  }
  visit('src/map/create-map.ts');
  return files;
}

/** Gzipped bytes of the app's own first-view scripts (MapLibre excluded), per file. */
export function ownFirstViewJs(distDir: string): { file: string; bytes: number }[] {
  return [...firstViewScripts(readManifest(distDir))]
    .filter((file) => !isMapLibre(file))
    .map((file) => ({ file, bytes: gzipBytes(join(distDir, file)) }));
}

/** The static map's SVG as the build wrote it into `index.html` (empty when it has none). */
export function staticMapMarkup(distDir: string): string {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return /<div id="static-map" class="static-map">(<svg[^]*?<\/svg>)<\/div>/.exec(html)?.[1] ?? '';
}

/** Gzipped size in bytes of a string. */
export const gzipTextBytes = (text: string): number => gzipSync(text, { level: 9 }).length;
