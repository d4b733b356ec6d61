import { app, BrowserWindow, clipboard, dialog, Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { createLogger } from '../../core/logger';
import { safeOpenExternal } from '../security';
import { currentVersions, describeVersions } from './about';

const log = createLogger({ scope: 'menu' });

export const DOCS_URL = 'https://learn.microsoft.com/en-us/entra/identity/app-provisioning/';

export interface MenuActions {
  showAbout(): void;
  openDocs(): void;
}

/** The application menu: the platform's usual roles plus Help → documentation and About. */
export function buildMenuTemplate(options: { appName: string; isMac: boolean; devTools: boolean }, actions: MenuActions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: `About ${options.appName}`, click: () => actions.showAbout() };
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(options.devTools ? ([{ role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(options.isMac
      ? [{ label: options.appName, submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] } as MenuItemConstructorOptions]
      : []),
    { label: 'File', submenu: [options.isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Entra provisioning documentation', click: () => actions.openDocs() }, ...(options.isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, about])],
    },
  ];
}

/** The About box: versions, with a button that copies them for a bug report. */
export async function showAbout(): Promise<void> {
  const detail = describeVersions(currentVersions(app.getVersion()));
  const parent = BrowserWindow.getFocusedWindow();
  const options = { type: 'info' as const, title: `About ${app.getName()}`, message: app.getName(), detail, buttons: ['OK', 'Copy'], defaultId: 0, cancelId: 0, noLink: true };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response === 1) clipboard.writeText(detail);
}

export function installAppMenu(devTools: boolean): void {
  const template = buildMenuTemplate(
    { appName: app.getName(), isMac: process.platform === 'darwin', devTools },
    {
      showAbout: () => void showAbout().catch((error: unknown) => log.warn('the About box failed', { error })),
      openDocs: () => void safeOpenExternal(DOCS_URL).catch((error: unknown) => log.warn('could not open the documentation', { error })),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
