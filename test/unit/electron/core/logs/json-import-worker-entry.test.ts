import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerEntry } from '../../../../../electron/core/logs/json-import-pipeline';

const url = (...parts: string[]) => pathToFileURL(path.join(path.sep, ...parts)).href;

describe('workerEntry', () => {
  it('finds the TypeScript worker beside the source module', () => {
    expect(workerEntry(url('repo', 'electron', 'core', 'logs', 'json-import-pipeline.ts'))).toBe(path.join(path.sep, 'repo', 'electron', 'core', 'logs', 'json-import-worker.ts'));
  });

  it('finds the ESM worker beside a CLI bundle chunk', () => {
    expect(workerEntry(url('repo', 'out', 'cli', 'chunk-ABC.mjs'))).toBe(path.join(path.sep, 'repo', 'out', 'cli', 'json-import-worker.mjs'));
  });

  it('finds the CJS worker beside the Electron main bundle', () => {
    expect(workerEntry(url('repo', 'out', 'main', 'index.cjs'))).toBe(path.join(path.sep, 'repo', 'out', 'main', 'json-import-worker.cjs'));
  });

  it('loads a packaged worker from app.asar.unpacked, which Node can read', () => {
    expect(workerEntry(url('opt', 'app', 'resources', 'app.asar', 'out', 'main', 'index.cjs'))).toBe(
      path.join(path.sep, 'opt', 'app', 'resources', 'app.asar.unpacked', 'out', 'main', 'json-import-worker.cjs'),
    );
  });
});
