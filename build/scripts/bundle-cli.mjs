// Bundles the pwb CLI with esbuild (the bundler of the Electron main process) into out/cli/: the entry
// pwb.mjs, the JSON log import's worker thread json-import-worker.mjs beside it, and chunk files for the
// commands, which load lazily so `pwb --help` parses only the help text. Everything but the native
// SQLite module is inside the bundle, so tsx and the TypeScript sources are not needed at runtime.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Left to node_modules: a native module's binary cannot be bundled. */
export const CLI_EXTERNALS = ['better-sqlite3'];

/**
 * Bundled CommonJS dependencies (MSAL, csv-parse's cjs build, …) call `require` for Node built-ins;
 * an ES module has none, so every output file gets one.
 */
const REQUIRE_SHIM = "import { createRequire as __pwbCreateRequire } from 'node:module'; const require = __pwbCreateRequire(import.meta.url);";

/**
 * @param {{ root: string; outDir?: string }} options `outDir` defaults to `<root>/out`.
 * @returns {Promise<{ cli: string; worker: string }>} absolute paths of the entry and the worker
 */
export async function bundleCli({ root, outDir = path.join(root, 'out') }) {
  const cliDir = path.join(outDir, 'cli');
  await build({
    absWorkingDir: root,
    entryPoints: {
      pwb: path.join(root, 'electron/cli/pwb.ts'),
      'json-import-worker': path.join(root, 'electron/core/logs/json-import-worker.ts'),
    },
    outdir: cliDir,
    outExtension: { '.js': '.mjs' },
    // Chunks sit beside the entries: a module finds its worker next to itself (json-import-pipeline.ts).
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: CLI_EXTERNALS,
    banner: { js: REQUIRE_SHIM },
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // The CLI's version (electron/core/version.ts looks one folder above the bundle as well) for a
  // packaged copy that runs outside the asar archive, where the app's package.json is not readable.
  const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify({ name, version, private: true }, null, 2)}\n`);
  return { cli: path.join(cliDir, 'pwb.mjs'), worker: path.join(cliDir, 'json-import-worker.mjs') };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  bundleCli({ root }).then(
    (out) => console.log(`bundled ${path.relative(root, out.cli)}`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
