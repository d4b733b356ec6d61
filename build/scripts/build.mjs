// npm run build: the production renderer (Vite) and the Electron main/preload bundles (esbuild).
import { bundleElectron } from './bundle-electron.mjs';
import { bin, root, step } from './run.mjs';

export async function build() {
  await step('Build the renderer', bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  const started = Date.now();
  await bundleElectron({ root });
  console.log(`✔ Bundle the Electron main process and preload (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await build();
