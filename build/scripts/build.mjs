// npm run build: the production renderer (Vite), the Electron main/preload bundles, the pwb CLI bundle
// (esbuild) and the app icon (out/icons, out/main/icon.png).
import path from 'node:path';
import { bundleCli } from './bundle-cli.mjs';
import { bundleElectron } from './bundle-electron.mjs';
import { writeIcons } from './icons.mjs';
import { bin, root, step } from './run.mjs';

export async function build() {
  await step('Build the renderer', bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  const started = Date.now();
  await Promise.all([bundleElectron({ root }), bundleCli({ root })]);
  writeIcons({ root, windowIcon: path.join(root, 'out', 'main', 'icon.png') });
  console.log(`✔ Bundle the Electron main process, preload, the pwb CLI and the icons (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await build();
