import { spawn } from 'node:child_process';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/csp.js';

/** Puts the CSP into the built page as a meta tag (dev keeps Vite's inline client working). */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** In `npm run dev`, reruns `npm run data` when anything in `geodata/` changes, then reloads. */
function rebuildDataOnChange(): Plugin {
  let running = false;
  return {
    name: 'rebuild-data-on-change',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add('geodata');
      server.watcher.on('all', (_event, file) => {
        if (running || !file.includes('/geodata/')) return;
        running = true;
        const child = spawn('npx', ['tsx', 'src/pipeline/cli.ts'], { stdio: 'inherit' });
        child.on('exit', (code) => {
          running = false;
          if (code === 0) server.ws.send({ type: 'full-reload' });
        });
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [cspMeta(), rebuildDataOnChange()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
});
