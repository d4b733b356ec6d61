import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleElectron, MAIN_EXTERNALS } from '../../../../build/scripts/bundle-electron.mjs';

const root = path.resolve(__dirname, '../../../..');
let outDir: string;
let out: { main: string; preload: string };

/** Module ids passed to a runtime require() call in a CJS bundle. */
function requiredModules(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1] as string);
}

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-bundle-'));
  out = await bundleElectron({ root, outDir });
}, 60_000);

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('bundleElectron', () => {
  it('writes the main and preload bundles as CJS under out/main and out/preload', () => {
    expect(out.main).toBe(path.join(outDir, 'main', 'index.cjs'));
    expect(out.preload).toBe(path.join(outDir, 'preload', 'index.cjs'));
    expect(fs.existsSync(out.main)).toBe(true);
    expect(fs.existsSync(out.preload)).toBe(true);
  });

  it('leaves the preload requiring nothing but electron', () => {
    const code = fs.readFileSync(out.preload, 'utf8');
    expect([...new Set(requiredModules(code))]).toEqual(['electron']);
    expect(code).not.toMatch(/zod/i);
  });

  it('keeps electron and native modules external in main and bundles the rest', () => {
    const code = fs.readFileSync(out.main, 'utf8');
    const external = new Set(requiredModules(code).filter((id) => !id.startsWith('node:') && !builtinModules.includes(id)));
    expect(external.has('electron')).toBe(true);
    expect(MAIN_EXTERNALS).toEqual(expect.arrayContaining(['electron', 'better-sqlite3']));
    expect([...external].filter((id) => !MAIN_EXTERNALS.includes(id))).toEqual([]);
  });

  it('finds the renderer, preload and icon relative to the bundle (out/main)', () => {
    const code = fs.readFileSync(out.main, 'utf8');
    expect(code).toContain('"../renderer"');
    expect(code).toContain('"icon.png"');
    expect(code).toContain('"../preload/index.cjs"');
    expect(code).toMatch(/__dirname/);
  });
});

