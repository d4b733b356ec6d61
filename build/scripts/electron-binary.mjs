// Finds Electron's binary, or fetches it with Electron's own installer (node_modules/electron/install.js).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { causeOf } from './electron-native.mjs';
import { root } from './run.mjs';

const electronDir = path.join(root, 'node_modules', 'electron');

export function installedElectronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return undefined;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : undefined;
}

/** Returns { ok, value: binary } or { ok: false, reason } — the reason in words, for the admin. */
export function ensureElectronBinary() {
  const present = installedElectronBinary();
  if (present) return { ok: true, value: present };
  if (!fs.existsSync(path.join(electronDir, 'install.js'))) return { ok: false, reason: 'the electron package is not installed (run npm ci)' };
  console.log('Fetching the Electron binary with its installer (node_modules/electron/install.js) …');
  const result = spawnSync(process.execPath, ['install.js'], { cwd: electronDir, encoding: 'utf8', timeout: 300_000 });
  const binary = installedElectronBinary();
  if (binary) return { ok: true, value: binary };
  return { ok: false, reason: `its download failed (${causeOf(`${result.stderr ?? ''}\n${result.stdout ?? ''}`, result.error?.message || 'no network')})` };
}
