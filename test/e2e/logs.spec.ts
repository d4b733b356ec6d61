import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateSampleTenant } from '../../sample-tenant';
import { expect, test } from './fixtures';
import { LogsPage } from './pages/LogsPage';
import { repoRoot } from './support/paths';

const shots = path.join(repoRoot, 'test-results/screens');

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(shots, `logs-${name}.png`), animations: 'disabled' });
}

test.describe('Provisioning logs viewer', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });

  test('filters, counts, virtualized grid, detail tabs and keyboard', async ({ workbench, page }) => {
    const logs = new LogsPage(page);
    await logs.open();
    await logs.chooseDate('All time');
    const all = await logs.waitForTotalChange(0);
    expect(all).toBeGreaterThan(5000);
    await expect(logs.rows.first()).not.toContainText('Loading');
    // Virtualized: thousands of records, a screenful of rows in the DOM.
    expect(await logs.rows.count()).toBeLessThan(200);
    // The columns fill the grid's width: no blank band right of the last column.
    const gridBox = (await logs.grid.boundingBox())!;
    const lastHeader = (await logs.grid.getByRole('columnheader').last().boundingBox())!;
    expect(lastHeader.x + lastHeader.width).toBeGreaterThan(gridBox.x + gridBox.width - 24);
    await shoot(page, 'grid-light');

    await logs.chooseStatus('Failure');
    const failures = await logs.waitForTotalChange(all);
    expect(failures).toBeLessThan(all);
    await expect(logs.counts).toContainText(`${failures.toLocaleString('en-US')} failure`);
    await expect(logs.rows.first()).not.toContainText('Loading');
    const statuses = await logs.rows.getByText(/^(Success|Failure|Skipped|Warning)$/).allTextContents();
    expect(new Set(statuses)).toEqual(new Set(['Failure']));

    // Keyboard: focus the grid, move down, open with Enter.
    await logs.grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(logs.detail).toBeVisible();
    await expect(logs.detail.getByTestId('log-detail-steps').locator('li').first()).toBeVisible();
    await logs.detailTab('Troubleshooting & recommendations');
    await expect(logs.detail.getByTestId('error-explanation')).toContainText('What to try');
    await shoot(page, 'detail-troubleshooting-light');
    await logs.detailTab('Modified properties');
    await logs.detailTab('Summary');
    await expect(logs.detail).toContainText('Change ID');
    await logs.detailTab('Raw JSON');
    await expect(logs.detail.locator('pre')).toContainText('"provisioningStatusInfo"');
    await logs.detailTab('Steps');
    await shoot(page, 'detail-steps-light');

    // End scrolls to the last record and renders it.
    await logs.grid.focus();
    await page.keyboard.press('End');
    await expect(page.locator(`[aria-rowindex="${failures + 1}"]`)).toBeVisible();
    await expect(page.locator(`[aria-rowindex="${failures + 1}"]`)).not.toContainText('Loading');

    // Full-text search narrows further; Escape closes the detail pane.
    // (The newest failure depends on the time of day the sample was generated, so the search term is fixed.)
    await page.keyboard.press('Escape');
    await expect(logs.detail).toBeHidden();
    await logs.search.fill('TooManyRequests');
    await expect.poll(() => logs.total()).toBeLessThan(failures);
    expect(await logs.total()).toBeGreaterThan(0);

    // Identity history from the detail pane.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    // Clear filters returns to the defaults (30 days); all time again for the comparison below.
    await logs.chooseDate('All time');
    await expect.poll(() => logs.total()).toBe(all);
    await expect(logs.rows.first()).not.toContainText('Loading');
    await logs.rows.first().click();
    await logs.detail.getByRole('button', { name: 'History of this identity' }).click();
    await expect(logs.counts).toContainText('records');
    await expect.poll(() => logs.total()).toBeLessThan(all);
    const chip = page.getByRole('button', { name: /^History of (?!this identity)/ });
    await expect(chip).toBeVisible();
    const name = ((await chip.textContent()) ?? '').replace('History of ', '').trim();
    await expect(logs.rows.first()).not.toContainText('Loading');
    expect(new Set(await logs.columnTexts(1))).toEqual(new Set([name]));
    await shoot(page, 'identity-history-light');
    void workbench;
  });

  test('cycles, charts in both themes, export and import from the UI', async ({ workbench, page }) => {
    const logs = new LogsPage(page);
    await logs.open();
    await logs.chooseDate('All time');
    const all = await logs.waitForTotalChange(0);

    await logs.selectView('By cycle');
    await expect(logs.cycles.locator('tbody tr').first()).toBeVisible();
    await shoot(page, 'cycles-light');
    await logs.cycles.locator('tbody tr').first().getByRole('button').click();
    await expect(logs.grid).toBeVisible();
    await expect.poll(() => logs.total()).toBeLessThan(all);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    // Clear filters returns to 30 days; the import below is of older records, so all time again.
    await logs.chooseDate('All time');

    await logs.selectView('Charts');
    await expect(logs.charts.locator('svg')).not.toHaveCount(0);
    await expect(logs.charts.getByRole('listitem').first()).toBeVisible();
    await shoot(page, 'charts-light');
    await workbench.setTheme('dark');
    await shoot(page, 'charts-dark');
    await logs.selectView('Records');
    await expect(logs.rows.first()).not.toContainText('Loading');
    await shoot(page, 'grid-dark');
    await workbench.setTheme('light');

    const download = page.waitForEvent('download');
    await page.getByTestId('logs-export').click();
    await page.getByRole('menuitem', { name: /CSV/ }).click();
    const file = await (await download).path();
    const lines = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^Date \(UTC\),Id,/);
    expect(lines.length - 1).toBe(all);

    // Import: records of another sample run (new ids) are added, the counts follow.
    const other = generateSampleTenant({ now: new Date('2025-01-15T12:00:00Z') }).provisioningLogs.slice(0, 300);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-e2e-logs-'));
    const json = path.join(dir, 'download.json');
    fs.writeFileSync(json, JSON.stringify(other));
    await logs.fileInput.setInputFiles(json);
    await expect(logs.importResult).toContainText(/Imported: (300|\d+) new/);
    await expect.poll(() => logs.total()).toBeGreaterThan(all);
    await shoot(page, 'import-light');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
