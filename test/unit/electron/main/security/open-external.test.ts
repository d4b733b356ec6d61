import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { captureLogs } from '../capture-logs';

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(async () => undefined) } }));
vi.mock('electron', () => electron);

const { isAllowedExternalUrl, safeOpenExternal } = await import('../../../../../electron/main/security/open-external');

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  electron.shell.openExternal.mockClear();
  logs = captureLogs();
});
afterEach(() => logs.restore());

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://learn.microsoft.com/en-us/entra/identity/app-provisioning/',
    'https://entra.microsoft.com/#view/Microsoft_AAD_IAM',
    'https://portal.azure.com/',
    'https://portal.azure.us/',
    'https://portal.azure.cn/',
    'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x',
    'https://login.microsoftonline.us/common/oauth2/v2.0/authorize',
    'https://login.chinacloudapi.cn/common/oauth2/v2.0/authorize',
    'https://microsoft.com/devicelogin',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://learn.microsoft.com/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a host not on the list', 'https://example.com/'],
    ['a look-alike suffix', 'https://learn.microsoft.com.evil.example/'],
    ['a sub-domain', 'https://evil.learn.microsoft.com/'],
    ['a sub-domain of an allowed apex', 'https://evil.microsoft.com/'],
    ['credentials before the host', 'https://learn.microsoft.com@evil.example/'],
    ['credentials on an allowed host', 'https://user:pass@learn.microsoft.com/'],
    ['a non-default port', 'https://portal.azure.com:8443/'],
    ['an unparseable string', 'not a url'],
  ])('refuses %s', (_what, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('safeOpenExternal', () => {
  it('opens an allow-listed https URL in the system browser', async () => {
    await safeOpenExternal('https://learn.microsoft.com/en-us/entra/');
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://learn.microsoft.com/en-us/entra/');
  });

  it('refuses anything else with FORBIDDEN and logs only the scheme and host', async () => {
    const attempt = safeOpenExternal('http://evil.example/callback?code=SECRET123');
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(logs.lines).toHaveLength(1);
    expect(logs.lines[0]).toMatchObject({ level: 'warn', scheme: 'http:', host: 'evil.example' });
    expect(JSON.stringify(logs.lines)).not.toContain('SECRET123');
  });
});
