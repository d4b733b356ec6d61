import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { SecretBox } from '../platform';

const KEY_FILE = 'secret.key';

/**
 * Browser mode and the CLI have no OS keychain: secrets are sealed with AES-256-GCM under a key kept
 * in a 0600 file in the data dir. That stops casual reading of the files, not someone who can read
 * the whole data dir as this user, and the admin is told so.
 */
export function createFileSecretBox(dataDir: string): SecretBox {
  const key = loadOrCreateKey(path.join(dataDir, KEY_FILE));
  return {
    protection: `Secrets are encrypted with a key stored in ${path.join(dataDir, KEY_FILE)} (readable only by you). This is less protected than the desktop app, which uses the operating system's keychain.`,
    osProtected: false,
    encrypt(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(data) {
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * Reads the 32-byte key, or creates it (0600, in a 0700 folder) when there is none. A key file of
 * another size, or one that cannot be read, is an error that says what to do: never a new key over
 * it (that would make every sealed secret unreadable without a word).
 */
function loadOrCreateKey(file: string): Buffer {
  let key: Buffer | null = null;
  try {
    key = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      throw new AppError('IO_ERROR', `Cannot read the secret key ${file} (${code ?? (error as Error).message}). Make it readable by you, or move it aside to start over (saved sign-ins and the SCIM token are then lost).`);
    }
  }
  if (key !== null) {
    if (key.length === 32) return key;
    throw new AppError(
      'IO_ERROR',
      `The secret key ${file} is damaged (${key.length} bytes; a key is 32). Move it aside to start over: saved sign-ins and the SCIM token sealed with it are then lost and must be set again.`,
    );
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const created = crypto.randomBytes(32);
  fs.writeFileSync(file, created, { mode: 0o600, flag: 'wx' });
  return created;
}
