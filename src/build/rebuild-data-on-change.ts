import { spawn } from 'node:child_process';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * True when `file`, as the dev server's watcher reports it (absolute, or relative to `root`),
 * lies inside `root/geodata/`. Matching on resolved paths, not on a `/geodata/` substring: a
 * relative report (`geodata/articles/001.md`) has no leading slash.
 */
export function isGeodataPath(file: string, root: string): boolean {
  const inside = relative(join(resolve(root), 'geodata'), resolve(root, file));
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/**
 * In `npm run dev`, reruns `npm run data` when anything in `geodata/` changes, then reloads the
 * page. An edit made while a rebuild runs starts one more when it ends.
 */
export function rebuildDataOnChange(): Plugin {
  let running = false;
  let again = false;
  return {
    name: 'rebuild-data-on-change',
    apply: 'serve',
    configureServer(server) {
      const root = server.config.root;
      const rebuild = () => {
        running = true;
        const child = spawn('npx', ['tsx', 'src/pipeline/cli.ts'], { cwd: root, stdio: 'inherit' });
        child.on('exit', (code) => {
          running = false;
          if (again) {
            again = false;
            rebuild();
          } else if (code === 0) server.ws.send({ type: 'full-reload' });
        });
      };
      server.watcher.add(join(root, 'geodata'));
      server.watcher.on('all', (_event, file) => {
        if (!isGeodataPath(file, root)) return;
        if (running) again = true;
        else rebuild();
      });
    },
  };
}
