// Bundles the Electron glue with esbuild: the main process into out/main/index.cjs and the preload into
// out/preload/index.cjs. Main finds the renderer and preload relative to its own __dirname (out/main).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Left to node_modules at runtime. Native modules cannot be bundled (their .node binary is loaded from
 * disk and rebuilt for Electron's ABI by electron-builder), and `electron` is provided by the runtime.
 */
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3'];

/** A sandboxed preload can `require` only a few built-ins; everything else must be inside the bundle. */
export const PRELOAD_EXTERNALS = ['electron'];

/**
 * @param {{ root: string; outDir?: string }} options `outDir` defaults to `<root>/out`.
 * @returns {Promise<{ main: string; preload: string }>} absolute paths of the two bundles
 */
export async function bundleElectron({ root, outDir = path.join(root, 'out') }) {
  const main = path.join(outDir, 'main', 'index.cjs');
  // The JSON log import's worker thread, loaded by the main bundle from its own folder.
  const importWorker = path.join(outDir, 'main', 'json-import-worker.cjs');
  const preload = path.join(outDir, 'preload', 'index.cjs');
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    // Electron 41 ships Node 22; node20 keeps the output loadable by the Node that runs our tooling.
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/main/index.ts')],
      outfile: main,
      platform: 'node',
      external: MAIN_EXTERNALS,
      sourcemap: 'linked',
      // The core is ESM source and may resolve files with import.meta.url, which CJS output leaves
      // empty; point it at the bundle's own file URL instead.
      define: { 'import.meta.url': '__pwbImportMetaUrl' },
      banner: { js: 'const __pwbImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    }),
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/core/logs/json-import-worker.ts')],
      outfile: importWorker,
      platform: 'node',
      external: MAIN_EXTERNALS,
    }),
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/preload/index.ts')],
      outfile: preload,
      // The sandboxed preload runs in a renderer, not in Node: no Node built-ins may sneak in.
      platform: 'browser',
      external: PRELOAD_EXTERNALS,
    }),
  ]);
  return { main, preload };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  bundleElectron({ root }).then(
    (out) => console.log(`bundled ${path.relative(root, out.main)} and ${path.relative(root, out.preload)}`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
