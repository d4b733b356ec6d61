import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ app: {}, BrowserWindow: {}, clipboard: {}, dialog: {}, Menu: {}, shell: {} }));
const { buildMenuTemplate, DOCS_URL } = await import('../../../../../electron/main/desktop/menu');
const { isAllowedExternalUrl } = await import('../../../../../electron/main/security/open-external');
const { describeVersions } = await import('../../../../../electron/main/desktop/about');

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
const labels = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [...(item.label ? [item.label] : []), ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]);

describe('buildMenuTemplate', () => {
  const actions = { showAbout: vi.fn(), openDocs: vi.fn() };

  it('has the usual roles on Windows and Linux, with About under Help and Quit under File', () => {
    const template = buildMenuTemplate({ appName: 'Provisioning Workbench', isMac: false, devTools: false }, actions);
    expect(roles(template)).toEqual(expect.arrayContaining(['quit', 'editMenu', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'windowMenu', 'help']));
    expect(roles(template)).not.toContain('toggleDevTools');
    expect(labels(template)).toContain('About Provisioning Workbench');
  });

  it('has the app menu with About, hide and quit on macOS, and DevTools only when enabled', () => {
    const template = buildMenuTemplate({ appName: 'Provisioning Workbench', isMac: true, devTools: true }, actions);
    expect(template[0]?.label).toBe('Provisioning Workbench');
    expect(roles([template[0]!])).toEqual(expect.arrayContaining(['services', 'hide', 'hideOthers', 'unhide', 'quit']));
    expect(roles(template)).toContain('toggleDevTools');
    expect(roles(template)).toContain('close');
  });

  it('runs About and opens the documentation through the allow-listed opener', () => {
    const template = buildMenuTemplate({ appName: 'PW', isMac: false, devTools: false }, actions);
    const help = template.find((item) => item.role === 'help')!.submenu as MenuItemConstructorOptions[];
    help.find((item) => item.label === 'About PW')!.click!(undefined as never, undefined, undefined as never);
    help.find((item) => item.label?.includes('documentation'))!.click!(undefined as never, undefined, undefined as never);
    expect(actions.showAbout).toHaveBeenCalled();
    expect(actions.openDocs).toHaveBeenCalled();
    expect(isAllowedExternalUrl(DOCS_URL)).toBe(true);
  });
});

describe('describeVersions', () => {
  it('lists the app, Electron, Chromium, Node, V8 and the OS', () => {
    const text = describeVersions({ app: '0.1.0', electron: '41.7.1', chrome: '146.0', node: '22.1.0', v8: '14.6' }, 'Linux 6.1 (x64)');
    expect(text.split('\n')).toEqual(['Provisioning Workbench 0.1.0', 'Electron 41.7.1', 'Chromium 146.0', 'Node.js 22.1.0', 'V8 14.6', 'OS Linux 6.1 (x64)']);
  });
});
