import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../csp.js';

/** Puts the CSP into the built page as a meta tag (dev keeps Vite's inline client working). */
export function cspMeta(): Plugin {
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
