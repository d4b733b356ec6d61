import { expect, type Locator, type Page } from '@playwright/test';
import { AppDetailPage } from './AppDetailPage';

/** Clicks a tab of an overflowing tab strip (see OverflowTabList): directly, or from its "More" menu. */
export async function openOverflowTab(strip: Locator, name: string): Promise<void> {
  const page = strip.page();
  const tab = strip.getByRole('tab', { name, exact: true });
  const more = strip.getByTestId('overflow-tabs-menu');
  await expect(tab.or(more).first()).toBeVisible();
  if (await tab.isVisible()) {
    await tab.click();
    return;
  }
  await more.click();
  await page.getByRole('menuitemradio', { name, exact: true }).click();
}

export type ThemeName = 'light' | 'dark';

/** The app chrome: header (tenant picker, theme switch, About), skip link and the app list. */
export class WorkbenchPage {
  readonly skipLink: Locator;
  readonly tenantPicker: Locator;
  readonly themeSwitch: Locator;
  readonly aboutButton: Locator;
  readonly aboutDialog: Locator;
  readonly appList: Locator;
  readonly appOptions: Locator;
  readonly appSearch: Locator;
  readonly main: Locator;
  readonly tenantHome: Locator;
  readonly errorMessages: Locator;
  readonly detail: AppDetailPage;

  constructor(readonly page: Page) {
    this.skipLink = page.getByRole('link', { name: 'Skip to main content' });
    this.tenantPicker = page.getByRole('combobox', { name: 'Tenant' });
    this.themeSwitch = page.getByRole('switch', { name: 'Dark theme' });
    this.aboutButton = page.getByRole('button', { name: 'About' });
    this.aboutDialog = page.getByRole('dialog', { name: 'About Provisioning Workbench' });
    this.appList = page.getByRole('listbox', { name: 'Enterprise apps' });
    this.appOptions = this.appList.getByRole('option');
    this.appSearch = page.getByRole('searchbox', { name: 'Search apps by name' });
    this.main = page.locator('#main-content');
    this.tenantHome = page.getByTestId('tenant-home');
    this.errorMessages = page.getByTestId('error-message');
    this.detail = new AppDetailPage(page);
  }

  /** Opens the host's one-time sign-in URL and waits until the app list has loaded. */
  async signIn(signInUrl: string): Promise<void> {
    await this.page.goto(signInUrl);
    await expect(this.appOptions.first()).toBeVisible();
  }

  appOption(name: string): Locator {
    return this.appOptions.filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async appNames(): Promise<string[]> {
    return this.appList.locator('[data-app-name]').allTextContents();
  }

  async openApp(name: string): Promise<AppDetailPage> {
    await this.appOption(name).click();
    await expect(this.detail.title).toHaveText(name);
    return this.detail;
  }

  async theme(): Promise<ThemeName> {
    return (await this.page.locator('html').getAttribute('data-theme')) as ThemeName;
  }

  async setTheme(theme: ThemeName): Promise<void> {
    if ((await this.theme()) !== theme) await this.themeSwitch.click();
    await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme);
  }

  /** Opens a header section by its tab, or through the "More" menu when the tab overflowed (narrow windows). */
  async openSection(name: string): Promise<void> {
    await openOverflowTab(this.page.getByRole('navigation', { name: 'Sections' }), name);
  }

  /** The element that has keyboard focus right now. */
  focused(): Locator {
    return this.page.locator(':focus');
  }
}
