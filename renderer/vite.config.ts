import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer lint zone forbids node:* imports, so the folder of this file is derived from its URL
// (Windows file URLs look like /C:/..., hence the leading-slash strip).
const rendererRoot = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(/^\/([A-Za-z]:)/, '$1');

/**
 * The dev server injects an inline React Refresh preamble that the production CSP (script-src 'self')
 * would block, so the CSP meta tag is dropped while serving. Builds keep it untouched.
 */
function dropCspWhileServing(): Plugin {
  return {
    name: 'pwb-drop-csp-while-serving',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
  };
}

export default defineConfig({
  root: rendererRoot,
  // Relative asset URLs so the same build loads from file:// in Electron and from the browser-mode host.
  base: './',
  plugins: [react(), dropCspWhileServing()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    minify: true,
    target: 'es2022',
    sourcemap: false,
    // React + Fluent make one ~640 KB (raw) entry chunk; the real budget is 350 KB gzipped of initial JS,
    // enforced by the E2E global setup (test/e2e/global-setup.ts).
    chunkSizeWarningLimit: 900,
  },
});
