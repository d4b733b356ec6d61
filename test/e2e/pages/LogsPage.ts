import { expect, type Locator, type Page } from '@playwright/test';
import { openOverflowTab } from './WorkbenchPage';

/** The "Provisioning logs" section: filters, counts, the virtualized grid, detail pane, cycles and charts. */
export class LogsPage {
  readonly root: Locator;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly counts: Locator;
  readonly search: Locator;
  readonly detail: Locator;
  readonly charts: Locator;
  readonly cycles: Locator;
  readonly fileInput: Locator;
  readonly importResult: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('logs-section');
    this.grid = page.getByRole('grid', { name: 'Provisioning-log records' });
    this.rows = page.getByTestId('log-row');
    this.counts = page.getByTestId('log-counts');
    this.search = page.getByTestId('log-search');
    this.detail = page.getByTestId('log-detail');
    this.charts = page.getByTestId('log-charts');
    this.cycles = page.getByTestId('log-cycles');
    this.fileInput = page.getByTestId('logs-file-input');
    this.importResult = page.getByTestId('logs-import-result');
  }

  async open(): Promise<void> {
    await openOverflowTab(this.page.getByRole('navigation', { name: 'Sections' }), 'Provisioning logs');
    await expect(this.root).toBeVisible();
    await expect(this.counts).toContainText('records');
  }

  /** The number of records the counts line reports. */
  async total(): Promise<number> {
    const text = (await this.counts.locator('span').first().textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }

  async waitForTotalChange(from: number): Promise<number> {
    await expect.poll(() => this.total()).not.toBe(from);
    return this.total();
  }

  async chooseDate(label: string): Promise<void> {
    await this.page.getByTestId('log-date').click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async chooseStatus(label: string): Promise<void> {
    await this.page.getByTestId('log-status').click();
    await this.page.getByRole('menuitemcheckbox', { name: label, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  async selectView(name: 'Records' | 'By cycle' | 'Charts'): Promise<void> {
    await this.root.getByRole('tab', { name, exact: true }).click();
  }

  async detailTab(name: string): Promise<void> {
    await openOverflowTab(this.detail.getByRole('tablist', { name: 'Record details' }), name);
  }

  /** Cell texts of the rendered rows in one column (by its position among the visible columns). */
  async columnTexts(index: number): Promise<string[]> {
    return this.rows.locator(`[role=gridcell]:nth-child(${index + 1})`).allTextContents();
  }
}
