import { expect, type Locator, type Page } from '@playwright/test';
import { openOverflowTab } from './WorkbenchPage';

/** The "Local SCIM endpoint" section: controls, Tenant URL and token, request log, stored resources. */
export class ScimEndpointPage {
  readonly root: Locator;
  readonly state: Locator;
  readonly start: Locator;
  readonly stop: Locator;
  readonly port: Locator;
  readonly profile: Locator;
  readonly tenantUrl: Locator;
  readonly token: Locator;
  readonly reveal: Locator;
  readonly counts: Locator;
  readonly logRows: Locator;
  readonly logDetail: Locator;
  readonly logOutcome: Locator;
  readonly resourceRows: Locator;
  readonly resourceJson: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('scim-section');
    this.state = page.getByTestId('scim-state');
    this.start = page.getByTestId('scim-start');
    this.stop = page.getByTestId('scim-stop');
    this.port = page.getByTestId('scim-port');
    this.profile = page.getByTestId('scim-profile');
    this.tenantUrl = page.getByTestId('scim-tenant-url');
    this.token = page.getByTestId('scim-token');
    this.reveal = page.getByTestId('scim-reveal');
    this.counts = page.getByTestId('scim-counts');
    this.logRows = page.getByTestId('scim-log-row');
    this.logDetail = page.getByTestId('scim-log-detail');
    this.logOutcome = page.getByTestId('scim-log-outcome');
    this.resourceRows = page.getByTestId('scim-resource-row');
    this.resourceJson = page.getByTestId('scim-resource-json');
  }

  async open(): Promise<void> {
    await openOverflowTab(this.page.getByRole('navigation', { name: 'Sections' }), 'Local SCIM endpoint');
    await expect(this.root).toBeVisible();
    await expect(this.state).toBeVisible();
  }

  async chooseProfile(name: string): Promise<void> {
    await this.profile.click();
    await this.page.getByRole('option', { name }).click();
  }

  async revealedToken(): Promise<string> {
    await this.reveal.click();
    await expect(this.token).toHaveAttribute('type', 'text');
    return this.token.inputValue();
  }

  async chooseOutcome(name: string): Promise<void> {
    await this.logOutcome.click();
    await this.page.getByRole('option', { name }).click();
  }

  async confirm(buttonName: string, confirmName: string): Promise<void> {
    await this.root.getByRole('button', { name: buttonName }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: confirmName }).click();
    await expect(dialog).toBeHidden();
  }
}
