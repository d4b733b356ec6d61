import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, CLI_EXTERNALS } from '../../../../build/scripts/bundle-cli.mjs';

const root = path.resolve(__dirname, '../../../..');
let work: string;
let out: { cli: string; worker: string };

/** Bare module ids a bundle file imports or requires at runtime. */
function importedModules(code: string): string[] {
  const ids = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\(\s*)["']([^"'./][^"']*)["']/g)].map((match) => match[1] as string);
  const packageName = /^(@[a-z0-9._-]+\/)?[a-z0-9._-]+(\/[\w./-]+)?$/;
  return ids.filter((id) => packageName.test(id) && !id.startsWith('node:') && !builtinModules.includes(id));
}

beforeAll(async () => {
  // A stand-in for an installed package: the bundle, package.json and better-sqlite3 only — no tsx,
  // no TypeScript sources, no other node_modules.
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-cli-bundle-'));
  out = await bundleCli({ root, outDir: path.join(work, 'out') });
  fs.copyFileSync(path.join(root, 'package.json'), path.join(work, 'package.json'));
  for (const name of ['better-sqlite3', 'bindings', 'file-uri-to-path']) {
    fs.cpSync(path.join(root, 'node_modules', name), path.join(work, 'node_modules', name), { recursive: true });
  }
}, 60_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { NODE_PATH: _ignored, ...clean } = process.env;
  return spawnSync(process.execPath, [out.cli, ...args], { cwd: work, encoding: 'utf8', env: { ...clean, ...env }, timeout: 30_000 });
}

describe('bundleCli', () => {
  it('writes pwb.mjs with the import worker beside it in out/cli', () => {
    expect(out.cli).toBe(path.join(work, 'out', 'cli', 'pwb.mjs'));
    expect(path.dirname(out.worker)).toBe(path.dirname(out.cli));
    expect(fs.existsSync(out.worker)).toBe(true);
  });

  it('bundles every dependency but the native SQLite module, and never tsx', () => {
    const dir = path.dirname(out.cli);
    const imported = new Set(fs.readdirSync(dir).flatMap((name) => importedModules(fs.readFileSync(path.join(dir, name), 'utf8'))));
    expect(CLI_EXTERNALS).toEqual(['better-sqlite3']);
    expect([...imported]).toEqual(['better-sqlite3']);
  });

  it('prints the help and the version with no tsx and no sources around', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^pwb — Provisioning Workbench/);
    const version = run(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('imports a log file through its bundled worker and with PWB_IMPORT_WORKER=0', () => {
    const record = { id: 'r1', activityDateTime: '2026-01-01T00:00:00Z', jobId: 'j1', cycleId: 'c1', changeId: 'ch1', provisioningAction: 'create', provisioningStatusInfo: { status: 'success' } };
    const file = path.join(work, 'logs.json');
    fs.writeFileSync(file, JSON.stringify([record]));
    for (const worker of ['1', '0']) {
      const dataDir = path.join(work, `data-${worker}`);
      const imported = run(['logs', 'import', file, '--data-dir', dataDir, '--json'], { PWB_IMPORT_WORKER: worker });
      expect(imported.stderr).toBe('');
      expect(imported.status).toBe(0);
      expect(JSON.parse(imported.stdout)).toMatchObject({ rejected: expect.any(Number), cancelled: false });
      const stats = run(['logs', 'stats', '--by', 'status', '--data-dir', dataDir]);
      expect(stats.status).toBe(0);
    }
  });
});
