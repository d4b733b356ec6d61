import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CLOUD_NAMES } from './clouds';
import { DEFAULT_CLIENT_ID } from './scopes';

export const AUTH_SETTINGS_FILE = 'auth-settings.json';

const accountMetaSchema = z.object({
  cloud: z.enum(CLOUD_NAMES),
  clientId: z.string(),
  /** Whether this account consented to the write scope. */
  write: z.boolean().default(false),
});

/** Non-secret sign-in preferences and per-account facts MSAL's cache does not keep (which cloud). */
export const authSettingsSchema = z.object({
  clientId: z.string().default(DEFAULT_CLIENT_ID),
  cloud: z.enum(CLOUD_NAMES).default('Global'),
  custom: z.object({ authorityHost: z.string(), graphEndpoint: z.string() }).optional(),
  activeAccountId: z.string().optional(),
  accounts: z.record(z.string(), accountMetaSchema).default({}),
});
export type AuthSettings = z.infer<typeof authSettingsSchema>;
export type AccountMeta = z.infer<typeof accountMetaSchema>;

export function loadAuthSettings(dataDir: string): AuthSettings {
  try {
    return authSettingsSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, AUTH_SETTINGS_FILE), 'utf8')));
  } catch {
    return authSettingsSchema.parse({});
  }
}

export function saveAuthSettings(dataDir: string, settings: AuthSettings): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, AUTH_SETTINGS_FILE);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(settings, null, 2), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}
