import type { Locator, Page } from '@playwright/test';

/** The "Your tenant" section: sign-in form, device code, accounts, and the tenant refresh. */
export class SignInPage {
  readonly sectionTab: Locator;
  readonly root: Locator;
  readonly deviceCodeButton: Locator;
  readonly deviceCode: Locator;
  readonly accounts: Locator;
  readonly readTenantButton: Locator;
  readonly refreshResult: Locator;
  readonly openAppsButton: Locator;
  readonly errorMessages: Locator;
  readonly accountMenuButton: Locator;
  readonly writeSwitch: Locator;

  constructor(readonly page: Page) {
    this.sectionTab = page.getByRole('tab', { name: 'Your tenant' });
    this.root = page.getByTestId('signin-section');
    this.deviceCodeButton = page.getByRole('button', { name: 'Sign in with a device code' });
    this.deviceCode = page.getByTestId('device-code');
    this.accounts = page.getByTestId('account');
    this.readTenantButton = page.getByRole('button', { name: /(Read tenant|Refresh) from Microsoft Graph/ });
    this.refreshResult = page.getByTestId('refresh-result');
    this.openAppsButton = page.getByRole('button', { name: 'Open its apps' });
    this.errorMessages = this.root.getByTestId('error-message');
    this.accountMenuButton = page.getByRole('button', { name: /^Account: / });
    this.writeSwitch = page.getByRole('switch', { name: /Read-only|Request Synchronization/ });
  }

  refreshApp(name: string): Locator {
    return this.page.getByRole('button', { name: `Refresh ${name}` });
  }

  async open(): Promise<void> {
    await this.sectionTab.click();
    await this.root.waitFor();
  }
}
