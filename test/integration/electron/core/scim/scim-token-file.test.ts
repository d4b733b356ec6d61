import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { ScimTokenFile } from '../../../../../electron/core/scim/scim-token-file';
import { createFileSecretBox } from '../../../../../electron/core/secrets/file-secret-box';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-token-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function loadError(tokens: ScimTokenFile): AppError {
  try {
    tokens.load();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected load() to fail');
}

describe('SCIM token file', () => {
  it('generates a token once, 0600, and loads the same one afterwards', () => {
    const tokens = new ScimTokenFile(dir, createFileSecretBox(dir));
    const token = tokens.load();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.statSync(path.join(dir, 'scim-token.bin')).mode & 0o777).toBe(0o600);
    expect(new ScimTokenFile(dir, createFileSecretBox(dir)).load()).toBe(token);
  });

  it('says so when the file cannot be decrypted, instead of silently making a new token', () => {
    const tokens = new ScimTokenFile(dir, createFileSecretBox(dir));
    tokens.load();
    const file = path.join(dir, 'scim-token.bin');
    fs.writeFileSync(file, Buffer.from('not sealed by this key at all, 40 bytes.'));
    const error = loadError(tokens);
    expect(error.code).toBe('IO_ERROR');
    expect(error.message).toMatch(new RegExp(`^The SCIM token file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be decrypted \\(.+\\): it is damaged or was sealed with another key\\. Regenerate the token`));
    expect(fs.readFileSync(file, 'utf8')).toBe('not sealed by this key at all, 40 bytes.');
  });

  it('says so when the file cannot be read', () => {
    const tokens = new ScimTokenFile(dir, createFileSecretBox(dir));
    fs.mkdirSync(path.join(dir, 'scim-token.bin'));
    expect(loadError(tokens).message).toMatch(/^Cannot read the SCIM token file .*scim-token\.bin \(EISDIR\)\./);
  });
});
