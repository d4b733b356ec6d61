// npm run dist:check: packages the app for Linux (--dir) with electron-builder against a placeholder
// Electron distribution (a folder shaped like an unpacked Electron, with a fake executable that carries
// Electron's fuse wire), so no download happens, and inspects what an installer would ship.
// `--no-build` skips `npm run build` (npm test runs it just before).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from './build.mjs';
import { bin, root, run } from './run.mjs';

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's default fuse wire (v1, 8 fuses; '1' on, '0' off), in @electron/fuses' FuseV1Options order. */
const DEFAULT_FUSES = '10110001';
const FUSE_NAMES = ['runAsNode', 'enableCookieEncryption', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments', 'enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'loadBrowserProcessSpecificV8Snapshot', 'grantFileProtocolExtraPrivileges'];
const EXECUTABLE = 'provisioning-workbench';

/** A folder electron-builder accepts as `electronDist`: the executable (fuse wire included) and the usual files. */
export function createPlaceholderElectron(dir) {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const script = `#!/bin/sh\necho "placeholder Electron: not runnable" >&2\nexit 1\n# ${FUSE_SENTINEL}`;
  fs.writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from(script), Buffer.from([1, DEFAULT_FUSES.length]), Buffer.from(DEFAULT_FUSES), Buffer.from('\n')]), { mode: 0o755 });
  for (const file of ['LICENSE', 'LICENSES.chromium.html', 'version']) fs.writeFileSync(path.join(dir, file), '');
  return dir;
}

/** The fuse wire of a packaged executable, by name: true (on), false (off). */
export function readFuses(executable) {
  const binary = fs.readFileSync(executable);
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error(`no fuse wire in ${executable}`);
  const length = binary[at + FUSE_SENTINEL.length + 1];
  const wire = binary.subarray(at + FUSE_SENTINEL.length + 2, at + FUSE_SENTINEL.length + 2 + length).toString('latin1');
  return Object.fromEntries(FUSE_NAMES.slice(0, length).map((name, i) => [name, wire[i] === '1']));
}

/** Paths inside an asar archive, from its JSON header ("/out/main/index.cjs", ...), files only. */
export function listAsar(archive) {
  const buffer = fs.readFileSync(archive);
  // Chromium pickle: [4: size of header pickle][4: header pickle size][4: string length][string]
  const length = buffer.readUInt32LE(12);
  const header = JSON.parse(buffer.subarray(16, 16 + length).toString('utf8'));
  const files = [];
  const walk = (node, prefix) => {
    for (const [name, entry] of Object.entries(node.files ?? {})) {
      const full = `${prefix}/${name}`;
      if (entry.files) walk(entry, full);
      else files.push({ path: full, unpacked: entry.unpacked === true, size: entry.size ?? 0 });
    }
  };
  walk(header, '');
  return files;
}

function readYamlScalar(text, key) {
  return text.match(new RegExp(`^\\s*${key}:\\s*(.+)$`, 'm'))?.[1]?.trim();
}

/**
 * Inspects a packaged linux-unpacked folder. Returns a list of failures (empty when all is well) and
 * the facts it checked, for the report.
 */
export function inspectPackage(appDir) {
  const failures = [];
  const facts = [];
  const check = (ok, what) => (ok ? facts.push(what) : failures.push(what));
  const resources = path.join(appDir, 'resources');
  const archive = path.join(resources, 'app.asar');
  check(fs.existsSync(archive), 'resources/app.asar exists');
  if (!fs.existsSync(archive)) return { failures, facts };
  const entries = listAsar(archive);
  const packed = entries.filter((entry) => !entry.unpacked).map((entry) => entry.path);
  const all = entries.map((entry) => entry.path);

  for (const required of ['/package.json', '/out/main/index.cjs', '/out/main/json-import-worker.cjs', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/cli/pwb.mjs', '/out/cli/json-import-worker.mjs']) {
    check(all.includes(required), `the archive holds ${required}`);
  }
  check(all.some((file) => /^\/out\/renderer\/assets\/.+\.js$/.test(file)), 'the archive holds the renderer scripts');
  const forbidden = all.filter((file) => /\.(map|ts|tsx|mts|cts)$/.test(file) || /\/(test|tests|__tests__)\//.test(file) || /^\/(electron|shared|renderer|test|build|bin|src)\//.test(file));
  check(forbidden.length === 0, `no tests, sources or source maps in the archive${forbidden.length ? `: ${forbidden.slice(0, 5).join(', ')}` : ''}`);
  const modules = [...new Set(all.filter((file) => file.startsWith('/node_modules/')).map((file) => file.split('/').slice(2, file.split('/')[2]?.startsWith('@') ? 4 : 3).join('/')))].sort();
  const allowed = ['better-sqlite3', 'bindings', 'file-uri-to-path'];
  check(modules.every((name) => allowed.includes(name)), `node_modules holds only the native module and its helpers (${modules.join(', ') || 'none'})`);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const dev = Object.keys(pkg.devDependencies ?? {});
  check(modules.every((name) => !dev.includes(name)), 'no devDependency is packaged');

  const natives = all.filter((file) => file.endsWith('.node'));
  check(natives.length > 0, 'better_sqlite3.node is packaged');
  check(natives.every((file) => !packed.includes(file) && fs.existsSync(path.join(resources, 'app.asar.unpacked', file))), 'every native module is outside the archive (app.asar.unpacked)');
  for (const file of ['/out/main/json-import-worker.cjs', '/out/cli/pwb.mjs', '/out/cli/json-import-worker.mjs']) {
    check(fs.existsSync(path.join(resources, 'app.asar.unpacked', file)), `${file} is unpacked (Node cannot read an asar)`);
  }

  const packagedManifest = JSON.parse(readAsarFile(archive, 'package.json'));
  check(packagedManifest.main === 'out/main/index.cjs' && all.includes(`/${packagedManifest.main}`), `the packaged package.json's main (${packagedManifest.main}) is the main bundle`);

  const mainBundle = readAsarFile(archive, 'out/main/index.cjs');
  const registered = mainBundle.indexOf('registerSchemesAsPrivileged(');
  const ready = mainBundle.search(/\.whenReady\(\)/);
  const privileged = /scheme:\s*APP_SCHEME|scheme:\s*"app"/.test(mainBundle) && /standard:\s*true,\s*secure:\s*true,\s*supportFetchAPI:\s*true/.test(mainBundle);
  const callOrder = /registerAppScheme\(\);[\s\S]*?\.whenReady\(\)/.test(mainBundle);
  check(registered >= 0 && ready > 0 && privileged && callOrder, 'the main bundle registers the privileged app:// scheme before app.whenReady()');

  const yml = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
  const expected = { runAsNode: false, enableCookieEncryption: true, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true, grantFileProtocolExtraPrivileges: false };
  for (const [name, value] of Object.entries(expected)) check(readYamlScalar(yml, name) === String(value), `electron-builder.yml sets the ${name} fuse to ${value}`);
  const fuses = readFuses(path.join(appDir, EXECUTABLE));
  const wrong = Object.entries(expected).filter(([name, value]) => fuses[name] !== value);
  check(wrong.length === 0, `the packaged executable's fuses are flipped as configured${wrong.length ? ` (wrong: ${wrong.map(([n]) => n).join(', ')})` : ''}`);

  const launcher = path.join(resources, 'bin', 'pwb');
  const launcherRuns = fs.existsSync(launcher) && (fs.statSync(launcher).mode & 0o111) !== 0 && fs.readFileSync(launcher, 'utf8').includes('--cli "$@"');
  check(launcherRuns && mainBundle.includes('"--cli"'), 'the pwb launcher (resources/bin/pwb) is packaged, executable, and runs the app binary with --cli, which the main bundle handles');

  const cli = path.join(resources, 'app.asar.unpacked', 'out', 'cli', 'pwb.mjs');
  const { NODE_PATH: _unused, ...env } = process.env;
  const help = spawnSync(process.execPath, [cli, '--help'], { cwd: os.tmpdir(), encoding: 'utf8', env, timeout: 30_000 });
  check(help.status === 0 && help.stdout.startsWith('pwb — Provisioning Workbench'), `the packaged CLI runs --help under Node${help.status === 0 ? '' : `: ${help.stderr.trim().split('\n')[0]}`}`);
  const version = spawnSync(process.execPath, [cli, '--version'], { cwd: os.tmpdir(), encoding: 'utf8', env, timeout: 30_000 });
  check(version.stdout.trim() === pkg.version, `the packaged CLI reports version ${pkg.version} (got ${version.stdout.trim() || version.stderr.trim()})`);
  return { failures, facts };
}

function readAsarFile(archive, file) {
  const buffer = fs.readFileSync(archive);
  const headerSize = buffer.readUInt32LE(4);
  const length = buffer.readUInt32LE(12);
  const header = JSON.parse(buffer.subarray(16, 16 + length).toString('utf8'));
  let node = header;
  for (const part of file.split('/')) node = node.files[part];
  if (node.unpacked) return fs.readFileSync(path.join(`${archive}.unpacked`, file), 'utf8');
  const start = 8 + headerSize + Number(node.offset);
  return buffer.subarray(start, start + node.size).toString('utf8');
}

export async function distCheck({ skipBuild = false } = {}) {
  const started = Date.now();
  if (!skipBuild) await build();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-dist-check-'));
  try {
    const electronDist = createPlaceholderElectron(path.join(work, 'electron-dist'));
    const output = path.join(work, 'release');
    const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
    const code = await run(bin('electron-builder'), [
      '--linux', 'dir', '--config', 'electron-builder.yml',
      `--config.electronDist=${electronDist}`, `--config.electronVersion=${electronVersion}`,
      '--config.npmRebuild=false', `--config.directories.output=${output}`, '--publish', 'never',
    ], { env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, stdio: ['ignore', 'ignore', 'inherit'] });
    if (code !== 0) throw new Error(`electron-builder failed (exit ${code})`);
    const { failures, facts } = inspectPackage(path.join(output, 'linux-unpacked'));
    for (const fact of facts) console.log(`  ✔ ${fact}`);
    for (const failure of failures) console.error(`  ✖ ${failure}`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (failures.length > 0) throw new Error(`${failures.length} packaging check(s) failed (${seconds} s)`);
    console.log(`✔ Packaging check (electron-builder --linux dir, placeholder Electron; ${seconds} s)`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log('\n▶ Packaging check (electron-builder --linux dir against a placeholder Electron)');
  await distCheck({ skipBuild: process.argv.includes('--no-build') }).catch((error) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
