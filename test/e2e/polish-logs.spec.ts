import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { generateSampleTenant } from '../../sample-tenant';
import { expect, test } from './fixtures';
import { LogsPage } from './pages/LogsPage';

// Issue 18, items 3 (toolbar messages), 4 (detail pane) and 5 (filter state), at the small laptop size.
test.use({ viewport: { width: 1280, height: 720 } });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

test('Pull and Import report in a dismissible bar that leaves the toolbar as it was; no one signed in offers Sign in', async ({ workbench, page }) => {
  const logs = new LogsPage(page);
  await logs.open();
  const pull = page.getByTestId('logs-pull');
  const importButton = page.getByTestId('logs-import');
  const before = { pull: await box(pull), import: await box(importButton) };

  await pull.click();
  const notice = page.getByTestId('logs-notice-pull');
  await expect(notice).toContainText('No one is signed in');
  await expect(notice).not.toContainText('FORBIDDEN');
  await expect(notice.getByRole('button', { name: 'Sign in' })).toBeVisible();
  // The toolbar did not stretch or stack, and the grid stays above the fold.
  expect(await box(pull)).toEqual(before.pull);
  expect(await box(importButton)).toEqual(before.import);
  expect((await box(logs.grid)).y).toBeLessThan(720 - 200);

  await notice.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(notice).toBeHidden();

  const records = generateSampleTenant({ now: new Date('2025-01-15T12:00:00Z') }).provisioningLogs.slice(0, 20);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-e2e-polish-'));
  const file = path.join(dir, 'download.json');
  fs.writeFileSync(file, JSON.stringify(records));
  try {
    await logs.fileInput.setInputFiles(file);
    await expect(logs.importResult).toContainText(/Imported: \d+ new/);
    expect(await box(pull)).toEqual(before.pull);
    expect(await box(importButton)).toEqual(before.import);
    await logs.importResult.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(logs.importResult).toBeHidden();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // Sign in goes to the sign-in screen.
  await pull.click();
  await notice.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/~signin|signin/i);
  void workbench;
});

test('the detail pane keeps status and error code in view, scrolls inside itself, fits its tabs and fills the window', async ({ page, workbench }) => {
  const logs = new LogsPage(page);
  await logs.open();
  await logs.chooseStatus('Failure');
  await expect(logs.rows.first()).not.toContainText('Loading');
  await logs.rows.first().click();
  await expect(logs.detail.getByTestId('log-detail-steps')).toBeVisible();

  const status = logs.detail.getByTestId('log-detail-status');
  await expect(status).toContainText('Failure');
  await expect(status).toBeInViewport();
  const paneBox = await box(logs.detail);
  // Grid and pane fill the window: no blank band under them.
  expect(paneBox.y + paneBox.height).toBeGreaterThan(720 - 40);
  expect(paneBox.y + paneBox.height).toBeLessThanOrEqual(720);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720 + 1);

  // The tabs never clip: what does not fit is in a "More" menu.
  const tabs = logs.detail.getByRole('tablist', { name: 'Record details' });
  expect(await tabs.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await logs.detailTab('Raw JSON');
  await expect(logs.detail.getByRole('tab', { name: 'Raw JSON' })).toHaveAttribute('aria-selected', 'true');
  const json = logs.detail.locator('pre');
  await expect(json).toContainText('"provisioningStatusInfo"');
  // No sideways scroll of the pane; the JSON stays within it.
  expect(await logs.detail.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  const jsonBox = await box(json);
  expect(jsonBox.x + jsonBox.width).toBeLessThanOrEqual(paneBox.x + paneBox.width);

  // Long content scrolls inside the tab panel; status and error code stay where they were.
  const panel = logs.detail.getByTestId('log-detail-json');
  expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(status).toBeInViewport();
  expect(await logs.detail.evaluate((el) => el.scrollTop)).toBe(0);
  void workbench;
});

test('Clear filters returns to 30 days, newest first; leaving an identity’s history restores the sort', async ({ page, workbench }) => {
  const logs = new LogsPage(page);
  await logs.open();
  const dateHeader = logs.grid.getByRole('columnheader', { name: /^Date/ });
  const identityHeader = logs.grid.getByRole('columnheader', { name: /^Identity/ });
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');

  // Sort by identity, then visit a history and leave it.
  await identityHeader.click();
  await expect(identityHeader).not.toHaveAttribute('aria-sort', 'none');
  const identitySort = await identityHeader.getAttribute('aria-sort');
  await expect(logs.rows.first()).not.toContainText('Loading');
  await logs.rows.first().click();
  await logs.detail.getByRole('button', { name: 'History of this identity' }).click();
  const chip = page.getByRole('button', { name: /^History of (?!this identity)/ });
  await expect(chip).toBeVisible();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  await chip.click();
  await expect(chip).toBeHidden();
  await expect(identityHeader).toHaveAttribute('aria-sort', identitySort!);
  await expect(page.getByTestId('log-date')).toHaveText(/30 days/);

  // Clear filters: All time and a status chosen, then back to the defaults.
  await logs.chooseDate('All time');
  await logs.chooseStatus('Failure');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('log-date')).toHaveText(/30 days/);
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByTestId('log-status')).toHaveText(/All/);
  void workbench;
});
