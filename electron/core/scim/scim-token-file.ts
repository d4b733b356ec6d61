import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { SecretBox } from '../platform';
import { generateToken } from './http/bearer-token';

const TOKEN_FILE = 'scim-token.bin';

/** The endpoint's Secret Token, kept encrypted with the platform's secret box so Entra's setting survives restarts. */
export class ScimTokenFile {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly secrets: SecretBox,
  ) {
    this.file = path.join(dataDir, TOKEN_FILE);
  }

  /**
   * The saved token, or a newly generated (and saved) one when there is no file yet. A file that
   * cannot be read or decrypted is an error that says so: a silent new token would break every
   * client (Entra) configured with the old one without telling anyone why.
   */
  load(): string {
    let sealed: Buffer;
    try {
      sealed = fs.readFileSync(this.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return this.regenerate();
      throw new AppError('IO_ERROR', `Cannot read the SCIM token file ${this.file} (${code ?? (error as Error).message}). Make it readable by you, or regenerate the token (clients then need the new one).`);
    }
    try {
      return this.secrets.decrypt(sealed);
    } catch (error) {
      throw new AppError(
        'IO_ERROR',
        `The SCIM token file ${this.file} cannot be decrypted (${(error as Error).message}): it is damaged or was sealed with another key. Regenerate the token (clients then need the new one).`,
      );
    }
  }

  regenerate(): string {
    const token = generateToken();
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(this.file, this.secrets.encrypt(token), { mode: 0o600 });
    // writeFileSync keeps the mode of a file that already exists.
    fs.chmodSync(this.file, 0o600);
    return token;
  }
}
