#!/usr/bin/env node
// The pwb launcher (package.json "bin"). It runs the bundled CLI, out/cli/pwb.mjs (`npm run build`).
// In a source checkout it runs the TypeScript sources through tsx instead whenever that bundle is
// missing or older than any source file, so `npx pwb` works right after `npm ci` and never runs stale
// code; PWB_CLI_FROM_SOURCE=1 forces the sources. An installed package has no sources: always the bundle.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'cli', 'pwb.mjs');
const source = path.join(root, 'electron', 'cli', 'pwb.ts');

/** Newest modification time (ms) of a .ts file under `dir`, or 0. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function bundleIsCurrent() {
  if (!fs.existsSync(source)) return true;
  if (process.env.PWB_CLI_FROM_SOURCE === '1') return false;
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  const dirs = ['electron/cli', 'electron/core', 'sample-tenant', 'shared'].map((dir) => path.join(root, dir));
  return dirs.every((dir) => newestSource(dir) <= built);
}

if (bundleIsCurrent()) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(source).href);
}
