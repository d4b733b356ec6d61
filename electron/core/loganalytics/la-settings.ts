import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LA_CLOUD_NAMES } from '../../../shared/loganalytics/la-clouds';

export const LA_SETTINGS_FILE = 'log-analytics.json';

/** The connected workspace, kept beside the sign-in settings (non-secret; tokens stay in MSAL's cache). */
export const laSettingsSchema = z.object({
  workspaceId: z.string(),
  cloud: z.enum(LA_CLOUD_NAMES as [string, ...string[]]),
  homeAccountId: z.string().optional(),
  connectedAt: z.string(),
  overview: z.object({ total: z.number(), first: z.string().nullable(), last: z.string().nullable(), at: z.string() }).optional(),
  lastPull: z.object({ since: z.string(), until: z.string(), added: z.number(), at: z.string() }).optional(),
});
export type LaSettings = z.infer<typeof laSettingsSchema>;

export function loadLaSettings(dataDir: string): LaSettings | null {
  try {
    return laSettingsSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, LA_SETTINGS_FILE), 'utf8')));
  } catch {
    return null;
  }
}

export function saveLaSettings(dataDir: string, settings: LaSettings | null): void {
  const file = path.join(dataDir, LA_SETTINGS_FILE);
  if (!settings) {
    fs.rmSync(file, { force: true });
    return;
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(settings, null, 2), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}
