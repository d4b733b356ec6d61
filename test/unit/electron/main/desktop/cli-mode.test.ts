import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliArguments, cliEntry, runCli } from '../../../../../electron/main/desktop/cli-mode';

const savedArgv = process.argv;
const savedExitCode = process.exitCode;
afterEach(() => {
  process.argv = savedArgv;
  process.exitCode = savedExitCode;
});

describe('cliArguments', () => {
  it('takes everything after --cli, after Chromium switches or the app path', () => {
    expect(cliArguments(['/opt/pwb/provisioning-workbench', '--cli', 'logs', 'stats', '--by', 'status'])).toEqual(['logs', 'stats', '--by', 'status']);
    expect(cliArguments(['/opt/pwb/provisioning-workbench', '--ozone-platform=headless', '--cli', '--help'])).toEqual(['--help']);
    expect(cliArguments(['/x/electron', '.', '--cli'])).toEqual([]);
  });

  it('is a normal start without --cli, and --cli given to a command stays the command\'s', () => {
    expect(cliArguments(['/opt/pwb/provisioning-workbench'])).toBeUndefined();
    expect(cliArguments(['/opt/pwb/provisioning-workbench', '--data-dir', '/d'])).toBeUndefined();
    expect(cliArguments(['/opt/pwb/provisioning-workbench', '--cli', 'expr', 'eval', '--cli'])).toEqual(['expr', 'eval', '--cli']);
  });
});

describe('cliEntry', () => {
  it('is the CLI bundle beside the main bundle, outside the asar archive when packaged', () => {
    expect(cliEntry('/work/out/main')).toBe('/work/out/cli/pwb.mjs');
    expect(cliEntry('/opt/Provisioning Workbench/resources/app.asar/out/main')).toBe('/opt/Provisioning Workbench/resources/app.asar.unpacked/out/cli/pwb.mjs');
  });
});

describe('runCli', () => {
  it('loads the bundle by file URL with argv as `pwb ARGS…` and answers its exit code', async () => {
    const load = vi.fn(async () => {
      expect(process.argv.slice(1)).toEqual(['/opt/app.asar.unpacked/out/cli/pwb.mjs', 'logs', 'stats']);
      process.exitCode = 2;
    });
    expect(await runCli('/opt/app.asar.unpacked/out/cli/pwb.mjs', ['logs', 'stats'], load)).toBe(2);
    expect(load).toHaveBeenCalledWith('file:///opt/app.asar.unpacked/out/cli/pwb.mjs');
  });

  it('really imports an ES module and waits for its top-level await', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-cli-mode-'));
    const entry = path.join(dir, 'pwb fake.mjs');
    fs.writeFileSync(entry, 'await new Promise((r) => setTimeout(r, 20));\nprocess.exitCode = process.argv.length === 4 ? 0 : 3;\n');
    try {
      expect(await runCli(entry, ['--help', '--json'])).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
