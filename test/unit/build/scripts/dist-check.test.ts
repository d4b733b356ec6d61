import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPackageWithOptions } from '@electron/asar';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { createPlaceholderElectron, listAsar, readFuses } from '../../../../build/scripts/dist-check.mjs';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-dist-check-unit-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the placeholder Electron distribution', () => {
  it('carries a fuse wire that @electron/fuses flips and readFuses reads back', async () => {
    const dir = createPlaceholderElectron(path.join(work, 'electron-dist'));
    const executable = path.join(dir, 'electron');
    expect(readFuses(executable)).toMatchObject({ runAsNode: true, grantFileProtocolExtraPrivileges: true, onlyLoadAppFromAsar: false });
    await flipFuses(executable, { version: FuseVersion.V1, [FuseV1Options.RunAsNode]: false, [FuseV1Options.OnlyLoadAppFromAsar]: true, [FuseV1Options.GrantFileProtocolExtraPrivileges]: false });
    expect(readFuses(executable)).toMatchObject({ runAsNode: false, grantFileProtocolExtraPrivileges: false, onlyLoadAppFromAsar: true, enableCookieEncryption: false });
  });
});

describe('listAsar', () => {
  it('lists the files of an archive and marks the unpacked ones', async () => {
    const src = path.join(work, 'app');
    fs.mkdirSync(path.join(src, 'out', 'main'), { recursive: true });
    fs.mkdirSync(path.join(src, 'node_modules', 'native'), { recursive: true });
    fs.writeFileSync(path.join(src, 'package.json'), '{}');
    fs.writeFileSync(path.join(src, 'out', 'main', 'index.cjs'), 'x');
    fs.writeFileSync(path.join(src, 'node_modules', 'native', 'addon.node'), 'bin');
    const archive = path.join(work, 'app.asar');
    await createPackageWithOptions(src, archive, { unpack: '*.node' });
    const files = listAsar(archive);
    expect(files.map((file) => file.path).sort()).toEqual(['/node_modules/native/addon.node', '/out/main/index.cjs', '/package.json']);
    expect(files.find((file) => file.path.endsWith('.node'))?.unpacked).toBe(true);
    expect(files.find((file) => file.path === '/package.json')?.unpacked).toBe(false);
  });
});
