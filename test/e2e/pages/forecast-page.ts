import { expect, type Locator, type Page } from '@playwright/test';
import type { AppDetailPage } from './AppDetailPage';

/** The app's "Before rollout" tab: forecast setup and results (totals, quarantine, problems, objects table, timeline dialog) and the probe. */
export class ForecastPage {
  readonly root: Locator;
  readonly runButton: Locator;
  readonly progress: Locator;
  readonly cancelButton: Locator;
  readonly result: Locator;
  readonly facts: Locator;
  readonly statusBadges: Locator;
  readonly quarantine: Locator;
  readonly problems: Locator;
  readonly notes: Locator;
  readonly search: Locator;
  readonly outcomeFilter: Locator;
  readonly actionFilter: Locator;
  readonly codeFilter: Locator;
  readonly kindFilter: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly range: Locator;
  readonly objectDialog: Locator;
  readonly probeUrl: Locator;
  readonly probeToken: Locator;
  readonly probeWrite: Locator;
  readonly probeRun: Locator;
  readonly probeResult: Locator;
  readonly probeVerdict: Locator;
  readonly probeFindings: Locator;
  readonly probeShowPassed: Locator;
  readonly confirmWriteDialog: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('forecast-tab');
    this.runButton = page.getByTestId('forecast-run');
    this.progress = page.getByTestId('forecast-progress');
    this.cancelButton = page.getByTestId('forecast-cancel');
    this.result = page.getByTestId('forecast-result');
    this.facts = page.getByTestId('forecast-facts');
    this.statusBadges = page.getByTestId('forecast-status-badges');
    this.quarantine = page.getByTestId('forecast-quarantine');
    this.problems = page.getByTestId('forecast-problem');
    this.notes = page.getByTestId('forecast-notes');
    this.search = page.getByTestId('forecast-search');
    this.outcomeFilter = page.getByTestId('forecast-filter-outcome');
    this.actionFilter = page.getByTestId('forecast-filter-action');
    this.codeFilter = page.getByTestId('forecast-filter-code');
    this.kindFilter = page.getByTestId('forecast-filter-kind');
    this.table = page.getByTestId('forecast-table');
    this.rows = page.getByTestId('forecast-row');
    this.range = page.getByTestId('forecast-range');
    this.objectDialog = page.getByTestId('forecast-object');
    this.probeUrl = page.getByTestId('probe-url');
    this.probeToken = page.getByTestId('probe-token');
    this.probeWrite = page.getByTestId('probe-write');
    this.probeRun = page.getByTestId('probe-run');
    this.probeResult = page.getByTestId('probe-result');
    this.probeVerdict = page.getByTestId('probe-verdict');
    this.probeFindings = page.getByTestId('probe-finding');
    this.probeShowPassed = page.getByTestId('probe-show-passed');
    this.confirmWriteDialog = page.getByRole('dialog', { name: /^Write a throwaway user to / });
  }

  /** Opens the tab on an app already shown. */
  async open(detail: AppDetailPage): Promise<void> {
    const tab = detail.tabList.getByRole('tab', { name: 'Before rollout' });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.root).toBeVisible();
  }

  target(label: RegExp | string): Locator {
    return this.root.getByRole('radio', { name: label });
  }

  /** The id of the forecast shown now, or null. */
  async shownForecastId(): Promise<string | null> {
    return (await this.result.count()) ? this.result.getAttribute('data-forecast-id') : null;
  }

  /** Clicks Run and waits for a new forecast to be shown. */
  async run(): Promise<void> {
    const before = await this.shownForecastId();
    await this.runButton.click();
    await this.waitForNewForecast(before);
  }

  async waitForNewForecast(before: string | null): Promise<void> {
    await expect.poll(() => this.shownForecastId(), { timeout: 30_000 }).not.toBe(before);
    await expect(this.runButton).toHaveText('Run forecast');
  }

  statusBadge(status: 'Success' | 'Failure' | 'Skipped' | 'Warning'): Locator {
    return this.statusBadges.locator(`[data-status="${status}"]`);
  }

  problem(code: string): Locator {
    return this.problems.and(this.page.locator(`[data-code="${code}"]`));
  }

  /** Waits until the table shows this many objects for its filters. */
  async expectTotal(total: number): Promise<void> {
    await expect(this.table).toHaveAttribute('data-total', String(total));
    await expect(this.table).toHaveAttribute('aria-busy', 'false');
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('forecast-row-open').getByText(name, { exact: true }) });
  }

  /** Opens a row's timeline dialog and waits for the replayed cycle. */
  async openRow(name: string): Promise<Locator> {
    await this.row(name).getByTestId('forecast-row-open').click();
    await expect(this.objectDialog).toBeVisible();
    await expect(this.objectDialog.getByTestId('forecast-object-timeline')).toBeVisible();
    return this.objectDialog;
  }

  async probe(baseUrl: string, token: string): Promise<void> {
    await this.probeUrl.fill(baseUrl);
    await this.probeToken.fill(token);
    await this.probeRun.click();
    await expect(this.probeResult).toBeVisible({ timeout: 30_000 });
  }
}
