import fs from 'node:fs';
import path from 'node:path';
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

  /** The saved token, or a newly generated (and saved) one when there is none or it cannot be decrypted. */
  load(): string {
    try {
      return this.secrets.decrypt(fs.readFileSync(this.file));
    } catch {
      return this.regenerate();
    }
  }

  regenerate(): string {
    const token = generateToken();
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, this.secrets.encrypt(token), { mode: 0o600 });
    return token;
  }
}
