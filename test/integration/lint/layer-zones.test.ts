import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');

/** A temp copy of the repo's lint setup with a few files of each layer, so a violation never touches the tree. */
let dir: string;
let eslint: ESLint;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

async function lint(file: string, text: string): Promise<Array<[string | null, string]>> {
  write(file, text);
  const [result] = await eslint.lintFiles([path.join(dir, file)]);
  return result!.messages.map((m) => [m.ruleId, m.message]);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-lint-'));
  fs.copyFileSync(path.join(repo, 'eslint.config.js'), path.join(dir, 'eslint.config.js'));
  fs.copyFileSync(path.join(repo, 'tsconfig.base.json'), path.join(dir, 'tsconfig.base.json'));
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  write('package.json', '{ "type": "module" }\n');
  write('tsconfig.json', JSON.stringify({ extends: './tsconfig.base.json', include: ['**/*.ts'] }));
  write('electron/main/index.ts', 'export const startMain = (): void => undefined;\n');
  write('electron/core/index.ts', 'export const core = 1;\n');
  write('shared/errors.ts', 'export const failure = 1;\n');
  eslint = new ESLint({ cwd: dir, overrideConfigFile: path.join(dir, 'eslint.config.js') });
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('layer zones on resolved paths', () => {
  it('fails electron/core importing ../main/index', async () => {
    expect(await lint('electron/core/feature.ts', "export { startMain } from '../main/index';\n")).toEqual([
      [
        'import-x/no-restricted-paths',
        'Unexpected path "../main/index" imported in restricted zone. The core does not depend on its front doors (main, preload, host, CLI) or the renderer.',
      ],
    ]);
  });

  it('fails shared/ reaching electron/ and the preload reaching the core', async () => {
    expect(await lint('shared/leak.ts', "export { core } from '../electron/core/index';\n")).toEqual([
      ['import-x/no-restricted-paths', 'Unexpected path "../electron/core/index" imported in restricted zone. shared/ imports nothing from electron/, renderer/ or sample-tenant/.'],
    ]);
    expect(await lint('electron/preload/index.ts', "export { core } from '../core/index';\n")).toEqual([
      ['import-x/no-restricted-paths', 'Unexpected path "../core/index" imported in restricted zone. The preload exposes the contract only; it never loads the core.'],
    ]);
  });

  it('fails a lazy import of electron in the core', async () => {
    expect(await lint('electron/core/lazy.ts', "export const load = () => import('electron');\n")).toEqual([
      ['no-restricted-syntax', 'The core never loads electron, not even lazily; inject platform services instead.'],
    ]);
  });

  it('passes the core importing shared/', async () => {
    expect(await lint('electron/core/legal.ts', "export { failure } from '../../shared/errors';\n")).toEqual([]);
  });
});
