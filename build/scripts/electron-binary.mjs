// Finds Electron's binary, or fetches it with electron's own install script where the network allows.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { root } from './run.mjs';

const electronDir = path.join(root, 'node_modules', 'electron');

export function installedElectronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return undefined;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : undefined;
}

/** Returns { binary } or { reason } — the reason in one line, for the admin. */
export function ensureElectronBinary() {
  const present = installedElectronBinary();
  if (present) return { binary: present };
  if (!fs.existsSync(path.join(electronDir, 'install.js'))) return { reason: 'the electron package is not installed (run npm ci)' };
  console.log('Fetching the Electron binary (electron/install.js) …');
  const result = spawnSync(process.execPath, ['install.js'], { cwd: electronDir, encoding: 'utf8', timeout: 180_000 });
  const binary = installedElectronBinary();
  if (binary) return { binary };
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const cause = output.match(/(getaddrinfo \S+ \S+|ENOTFOUND \S+|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN)/)?.[0] ?? (result.error?.message || 'its download failed');
  return { reason: `Electron's binary is not installed and could not be downloaded (${cause})` };
}
