import type { Plugin } from 'vite';
import { FIRST_VIEW_DATA } from '../data-files.js';

/**
 * Starts downloading what the app's first view needs with the page instead of when its script
 * asks for it: the first-view data files, and the map's chunks (MapLibre, its glue and its
 * stylesheet), which still run only when imported, after the app has shown its text. Only for a
 * page that loads the map lazily (the app; not the benchmark's bare page).
 */
export function preloadFirstView(): Plugin {
  const link = (attrs: Record<string, string>) => ({
    tag: 'link',
    attrs: { crossorigin: true, ...attrs },
    injectTo: 'head' as const,
  });
  return {
    name: 'preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const map = Object.values(bundle).find(
          (c) => c.type === 'chunk' && c.isDynamicEntry && c.name === 'create-map',
        );
        if (map?.type !== 'chunk') return [];
        const chunks = [map, ...map.imports.map((file) => bundle[file])].flatMap((c) =>
          c?.type === 'chunk' && !c.isEntry ? [c] : [],
        );
        // MapLibre first: once the data is in, it is what the map waits for.
        return [
          ...chunks.map((c) => link({ rel: 'modulepreload', href: `./${c.fileName}` })),
          ...chunks
            .flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])])
            .map((file) => link({ rel: 'preload', as: 'style', href: `./${file}` })),
          ...Object.values(FIRST_VIEW_DATA).map((file) =>
            link({ rel: 'preload', as: 'fetch', href: `./data/${file}` }),
          ),
        ];
      },
    },
  };
}
