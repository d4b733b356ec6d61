import { expect, test } from './fixtures';
import { LogsPage } from './pages/LogsPage';
import { signInToFakeTenant, useFakeTenant } from './support/fake-tenant';
import { SAMPLE } from './support/sample';

// Issue 18, item 10: the last cycle's state in words, counts that open the logs, a "View provisioning logs" link.

// The sample tenant is generated relative to the current time, so whether any app's last cycle had
// entry-level errors depends on the time of day; the fake Graph's tenant is the sample at a fixed time,
// where Fabrikam's and OfficeRnD's last cycles did.
test.describe('against the fake Graph tenant', () => {
  useFakeTenant();

  test('the last cycle’s state is in words, not Graph’s EntryLevelErrors', async ({ workbench, page }) => {
    await signInToFakeTenant(workbench, page);
    const apps = await workbench.appNames();
    let sawEntryLevelErrors = false;
    for (const name of apps) {
      await expect(workbench.appOption(name)).not.toContainText('EntryLevelErrors');
      const detail = await workbench.openApp(name);
      const badge = detail.overview.lastCycle.locator('[data-state]').first();
      if ((await detail.overview.lastCycle.count()) === 0 || (await badge.count()) === 0) continue;
      await expect(detail.overview.lastCycle).not.toContainText('EntryLevelErrors');
      if ((await badge.getAttribute('data-state')) === 'EntryLevelErrors') {
        sawEntryLevelErrors = true;
        await expect(badge).toHaveText('Completed with errors on some users or groups');
      }
    }
    expect(sawEntryLevelErrors).toBe(true);
  });
});

test('View provisioning logs opens the logs filtered to the app', async ({ workbench, page }) => {
  const detail = await workbench.openApp(SAMPLE.apps.officeSpace);
  const link = page.getByTestId('overview-view-logs');
  await expect(link).toContainText('View provisioning logs');
  const expected = Number(((await link.textContent()) ?? '').replace(/[^\d]/g, ''));
  await link.click();
  const logs = new LogsPage(page);
  await expect(logs.root).toBeVisible();
  await expect.poll(() => logs.total()).toBe(expected);
  await expect(logs.rows.first()).not.toContainText('Loading');
  const appColumn = await logs.rows.allTextContents();
  for (const row of appColumn) expect(row).toContain(SAMPLE.apps.officeSpace);
  void detail;
});

test('the last cycle’s counts open the logs of that app during that cycle', async ({ workbench, page }) => {
  const detail = await workbench.openApp(SAMPLE.apps.officeSpace);
  const count = detail.overview.lastCycle.locator('a[data-testid^="cycle-count-"]').first();
  await expect(count).toBeVisible();
  await count.click();
  const logs = new LogsPage(page);
  await expect(logs.root).toBeVisible();
  await expect(logs.counts).toContainText('records');
  // A custom date range (the cycle's window) and the app are applied.
  await expect(page.getByTestId('log-date')).toHaveText(/Custom/);
  expect(page.url()).toContain('app');
  void detail;
});
