import { expect, type Locator, type Page } from '@playwright/test';

/** The Log Analytics dialog of the logs view: connect a workspace, its summary, the slice pull. */
export class LogAnalyticsDialog {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly workspaceId: Locator;
  readonly connect: Locator;
  readonly summary: Locator;
  readonly source: Locator;
  readonly by: Locator;
  readonly table: Locator;
  readonly pull: Locator;
  readonly cancel: Locator;
  readonly outcome: Locator;
  readonly partial: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('la-open');
    this.dialog = page.getByRole('dialog', { name: 'Log Analytics' });
    this.workspaceId = page.getByTestId('la-workspace-id');
    this.connect = page.getByTestId('la-connect-submit');
    this.summary = page.getByTestId('la-summary');
    this.source = page.getByTestId('la-source');
    this.by = page.getByTestId('la-by');
    this.table = this.summary.getByRole('table');
    this.pull = page.getByTestId('la-pull');
    this.cancel = page.getByTestId('la-pull-cancel');
    this.outcome = page.getByTestId('la-pull-outcome');
    this.partial = page.getByTestId('la-partial');
    this.progress = page.getByTestId('la-pull-progress');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
  }

  /** The count shown for a key of the summary table (first numeric column: Total). */
  async totalOf(key: string): Promise<number> {
    const row = this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: key, exact: true }) });
    const text = (await row.getByRole('cell').nth(1).textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }
}
