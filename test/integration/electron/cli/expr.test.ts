import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pwb } from './cli-harness';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-expr-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('pwb expr eval', () => {
  it('prints the value of one expression against a source file', async () => {
    const source = write('user.json', { givenName: 'José María', surname: 'Peña' });
    const run = await pwb(['expr', 'eval', '--expression', 'ToLower(NormalizeDiacritics(StripSpaces(Join(".", [givenName], [surname]))))', '--source', source]);
    expect(run).toMatchObject({ code: 0, stdout: 'josemaria.pena\n' });
  });

  it('prints non-text values as JSON and honours --now', async () => {
    expect((await pwb(['expr', 'eval', '-e', 'IsPresent([x])'])).stdout).toBe('false\n');
    expect((await pwb(['expr', 'eval', '-e', 'Split("a,b", ",")'])).stdout).toBe('["a","b"]\n');
    expect((await pwb(['expr', 'eval', '-e', 'Now()', '--now', '2021-08-25T17:41:18Z'])).stdout).toBe('8/25/2021 5:41:18 PM\n');
  });

  it('reports a parse error with line, column and a caret, exit 1', async () => {
    const run = await pwb(['expr', 'eval', '-e', 'Append([mail], "abc)']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('parse error at line 1, column 16: unterminated string constant');
    expect(run.stderr).toContain('  Append([mail], "abc)\n                 ^');
  });

  it('applies --lenient to function-name case', async () => {
    expect((await pwb(['expr', 'eval', '-e', 'toupper("a")'])).code).toBe(1);
    expect((await pwb(['expr', 'eval', '-e', 'toupper("a")', '--lenient'])).stdout).toBe('A\n');
  });

  it('evaluates a batch file in order, with values, ignoreFlow and typed errors', async () => {
    const batch = write('batch.json', [
      { id: 'v', expression: 'Append([a], "!")', source: { a: 'hi' } },
      { id: 'p', expression: 'Append([a], "!"', source: {} },
      { id: 'e', expression: 'Item([p], 3)', source: { p: ['x'] } },
      { id: 'i', expression: 'IgnoreFlowIfNullOrEmpty([d])', source: {} },
      { id: 'n', expression: 'DateDiff("d", Now(), CDate("2021-08-28-07:00"))', source: {}, context: { now: '2021-08-25T17:41:18Z' } },
      { id: 's', expression: 'SelectUniqueValue("a@x", "b@x")', source: {}, context: { targetExistingValues: ['A@X'] } },
      { id: 'f', expression: 'NumFromDate("2012-01-01T23:00:00Z")', source: {} },
    ]);
    const run = await pwb(['expr', 'eval', '--batch', batch]);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout);
    expect(results.map((r: { id: string }) => r.id)).toEqual(['v', 'p', 'e', 'i', 'n', 's', 'f']);
    expect(results[0]).toEqual({ id: 'v', value: 'hi!' });
    expect(results[1].error).toMatchObject({ kind: 'parse', message: "missing ')' to close Append(" });
    expect(results[2].error).toMatchObject({ kind: 'eval', message: 'Item: index out of range' });
    expect(results[3]).toEqual({ id: 'i', value: { ignoreFlow: true } });
    expect(results[4]).toEqual({ id: 'n', value: 2 });
    expect(results[5]).toEqual({ id: 's', value: 'b@x' });
    expect(results[6]).toEqual({ id: 'f', value: '129699324000000000' });
  });

  it('runs the whole public vectors file through --batch, one result per vector', async () => {
    const file = path.resolve(import.meta.dirname, '../../../fixtures/expression-vectors.json');
    const vectors = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<{ id: string; expected: unknown }>;
    const run = await pwb(['expr', 'eval', '--batch', file]);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as Array<{ id: string; value?: unknown; error?: unknown }>;
    expect(results.map((r) => r.id)).toEqual(vectors.map((v) => v.id));
    const plain = vectors.filter((v) => typeof v.expected === 'string');
    for (const v of plain) expect(results.find((r) => r.id === v.id)?.value, v.id).toBeDefined();
  });

  it('refuses bad usage with exit 2', async () => {
    expect((await pwb(['expr', 'eval'])).code).toBe(2);
    expect((await pwb(['expr', 'eval', '--batch', path.join(dir, 'missing.json')])).code).toBe(2);
    expect((await pwb(['expr', 'eval', '--batch', write('obj.json', { a: 1 })])).stderr).toMatch(/JSON array/);
    expect((await pwb(['expr', 'frobnicate'])).code).toBe(2);
  });
});
