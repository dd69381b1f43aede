import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** SHA-256 (hex, first 16 digits) of every file in `dataDir`, by file name. */
export function dataVersions(dataDir: string): Record<string, string> {
  if (!existsSync(dataDir)) return {};
  return Object.fromEntries(
    readdirSync(dataDir)
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dataDir, file)))
          .digest('hex')
          .slice(0, 16),
      ]),
  );
}

/** Every file under `dir`, recursively, sorted. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Ties the code to its data (issue 16): the build knows each data file's hash
 * (`__DATA_VERSIONS__`, checked on arrival of a file fetched late, see `load-data.ts`) and a
 * build id over them and the app's source (`__BUILD_ID__`, on `<html data-build>`). A page of one build thus never
 * draws another build's data, whatever a cache or a redeploy serves. In `npm run dev` the data is
 * rebuilt under the page, so nothing is pinned there.
 */
export function pinDataVersions(): Plugin {
  return {
    name: 'pin-data-versions',
    config(config, env) {
      const root = resolve(config.root ?? process.cwd());
      const publicDir =
        config.publicDir === false ? null : resolve(root, config.publicDir ?? 'public');
      const versions =
        env.command === 'build' && publicDir ? dataVersions(join(publicDir, 'data')) : {};
      const id = env.command === 'build' ? buildId(root, versions) : 'dev';
      return {
        define: {
          __DATA_VERSIONS__: JSON.stringify(versions),
          __BUILD_ID__: JSON.stringify(id),
        },
      };
    },
  };
}

/** A hash of the data versions, `index.html` and every file under `src/`. */
function buildId(root: string, versions: Record<string, string>): string {
  const hash = createHash('sha256').update(JSON.stringify(versions));
  for (const file of [join(root, 'index.html'), ...filesUnder(join(root, 'src'))])
    if (existsSync(file)) hash.update(file.slice(root.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}
