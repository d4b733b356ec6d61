import fs from 'node:fs';
import path from 'node:path';
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { SecretBox } from '../platform';

export const TOKEN_CACHE_FILE = 'msal-cache.bin';

/**
 * MSAL's token cache, persisted only encrypted by the front door's secret box (safeStorage in the
 * desktop app, an AES-GCM key in a 0600 file in browser mode and the CLI). The file itself is 0600 and
 * written atomically. An unreadable cache (another machine's key) is treated as empty: sign in again.
 */
export function createEncryptedCachePlugin(dataDir: string, secrets: SecretBox, onUnreadable?: (error: unknown) => void): ICachePlugin {
  const file = path.join(dataDir, TOKEN_CACHE_FILE);
  return {
    async beforeCacheAccess(context: TokenCacheContext) {
      let data: Buffer;
      try {
        data = await fs.promises.readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      try {
        context.tokenCache.deserialize(secrets.decrypt(data));
      } catch (error) {
        onUnreadable?.(error);
      }
    },
    async afterCacheAccess(context: TokenCacheContext) {
      if (!context.cacheHasChanged) return;
      await fs.promises.mkdir(dataDir, { recursive: true, mode: 0o700 });
      const temp = `${file}.${process.pid}.tmp`;
      await fs.promises.writeFile(temp, secrets.encrypt(context.tokenCache.serialize()), { mode: 0o600 });
      await fs.promises.rename(temp, file);
    },
  };
}
