import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../../electron/core/db/connection';
import { pwb } from './cli-harness';

const root = path.resolve(import.meta.dirname, '..', '..', '..', '..');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pwb', () => {
  it('works as an installed bin: --help and --version', () => {
    const help = spawnSync(process.execPath, [path.join(root, 'bin', 'pwb.mjs'), '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('pwb ui [--port N] [--no-open] [--data-dir DIR]');
    expect(help.stdout).toContain('pwb snapshot import FILE');
    const version = spawnSync(process.execPath, [path.join(root, 'bin', 'pwb.mjs'), '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('exits 2 with a hint on an unknown command or option', async () => {
    const unknown = await pwb(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"[\s\S]*pwb --help/);
    const badOption = await pwb(['snapshot', 'import', 'x.json', '--bogus']);
    expect(badOption.code).toBe(2);
  });

  it('refuses a workspace written by a newer version (exit 4) and leaves it as it was', async () => {
    const file = path.join(dir, 'workspace.sqlite');
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma('user_version = 999');
    raw.close();
    const before = fs.readFileSync(file);
    const run = await pwb(['workspace', 'info', '--data-dir', dir]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/newer Provisioning Workbench \(schema 999/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a corrupted workspace (exit 4) without deleting it', async () => {
    const file = path.join(dir, 'workspace.sqlite');
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    const run = await pwb(['workspace', 'info', '--data-dir', dir]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/damaged or is not a SQLite database/);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('ui refuses a port that is not a number', async () => {
    const run = await pwb(['ui', '--port', 'eighty', '--no-open', '--data-dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--port must be a number/);
  });
});
