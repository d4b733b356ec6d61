import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliIO } from '../../../../electron/cli/cli-context';
import { uiCommand } from '../../../../electron/cli/commands/ui';
import type * as PackageRoot from '../../../../electron/cli/package-root';

// `npm test` runs these before the renderer is built: serve a one-file renderer of the test's own.
const renderer = vi.hoisted(() => ({ dir: '' }));
vi.mock('../../../../electron/cli/package-root', async (importOriginal) => ({
  ...(await importOriginal<typeof PackageRoot>()),
  rendererBuildDir: () => renderer.dir,
}));

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-ui-'));
  renderer.dir = path.join(dir, 'renderer');
  fs.mkdirSync(renderer.dir);
  fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>PWB</title>');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `pwb ui` in-process until it has printed its URL, then stops it; returns what it wrote. */
async function startAndStop(args: string[], isTTY: boolean): Promise<{ out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const stop = new AbortController();
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const io: CliIO = {
    out: (text) => {
      out.push(text);
      if (text.includes('running at')) started();
    },
    err: (text) => err.push(text),
    env: { ...process.env, PWB_DATA_DIR: dir },
    isTTY,
  };
  const done = uiCommand(['--no-open', '--data-dir', dir, ...args], io, stop.signal);
  await Promise.race([ready, done]);
  stop.abort();
  expect(await done).toBe(0);
  return { out, err };
}

const isJson = (line: string) => {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
};

describe('pwb ui start-up output', () => {
  it('prints readable lines on a terminal, and no JSON records', async () => {
    const { out, err } = await startAndStop([], true);
    expect(out.join('\n')).toMatch(/Provisioning Workbench is running at http:\/\/127\.0\.0\.1:\d+/);
    expect(out.some(isJson)).toBe(false);
    expect(err.some(isJson)).toBe(false);
  }, 30_000);

  it('writes JSON log records when the output is not a terminal, or with --log-format json', async () => {
    const piped = await startAndStop([], false);
    expect(piped.err.length).toBeGreaterThan(0);
    expect(piped.err.every(isJson)).toBe(true);
    const asked = await startAndStop(['--log-format', 'json'], true);
    expect(asked.err.every(isJson)).toBe(true);
  }, 30_000);

  it('refuses an unknown log format', async () => {
    await expect(uiCommand(['--log-format', 'xml', '--no-open'], { out: () => {}, err: () => {}, env: process.env, isTTY: true })).rejects.toThrow(/--log-format must be json or text/);
  });
});
