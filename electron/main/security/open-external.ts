import { shell } from 'electron';
import { AppError } from '../../../shared/errors';
import { createLogger } from '../../core/logger';
import { parseUrl } from './app-origin';

const log = createLogger({ scope: 'security' });

/** Hosts the app may send the admin to in the system browser: docs and the admin portals of each cloud. */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'learn.microsoft.com',
  'entra.microsoft.com',
  'portal.azure.com',
  'portal.azure.us',
  'portal.azure.cn',
  // Sign-in: the authorize page of each cloud (interactive sign-in) and the device-code pages.
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'microsoft.com',
  'www.microsoft.com',
  'login.microsoft.com',
]);

export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== undefined &&
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    EXTERNAL_HOSTS.has(parsed.hostname)
  );
}

/**
 * The one way to open a URL outside the app. Anything but https to an allow-listed host is refused
 * and logged (scheme and host only: a URL's query may carry codes or tokens).
 */
export async function safeOpenExternal(url: string): Promise<void> {
  if (!isAllowedExternalUrl(url)) {
    const parsed = parseUrl(url);
    log.warn('refused to open an external URL', { scheme: parsed?.protocol ?? 'unparseable', host: parsed?.hostname ?? '' });
    throw new AppError('FORBIDDEN', 'Only https links to Microsoft Learn, the Entra admin center and the Azure portal can be opened.');
  }
  await shell.openExternal(new URL(url).href);
}
