import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { createFileSecretBox } from '../../../../../electron/core/secrets/file-secret-box';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-secrets-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('file secret box', () => {
  it('creates its key 0600 in a 0700 folder and round-trips a secret', () => {
    const dataDir = path.join(dir, 'data');
    const box = createFileSecretBox(dataDir);
    expect(box.decrypt(box.encrypt('s3cret'))).toBe('s3cret');
    expect(fs.statSync(path.join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(createFileSecretBox(dataDir).decrypt(box.encrypt('again'))).toBe('again');
  });

  it('refuses a damaged secret.key with a clear message instead of EEXIST, and keeps the file', () => {
    const file = path.join(dir, 'secret.key');
    fs.writeFileSync(file, Buffer.alloc(7, 1), { mode: 0o600 });
    let caught: unknown;
    try {
      createFileSecretBox(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).message).toBe(
      `The secret key ${file} is damaged (7 bytes; a key is 32). Move it aside to start over: saved sign-ins and the SCIM token sealed with it are then lost and must be set again.`,
    );
    expect(fs.readFileSync(file)).toEqual(Buffer.alloc(7, 1));
  });
});
