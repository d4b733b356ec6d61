import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateSampleTenant } from '../../sample-tenant';
import { FAKE_LA_TOKEN, FakeLogAnalytics } from '../fakes/loganalytics/fake-log-analytics';
import { expect, test } from './fixtures';
import { LogAnalyticsDialog } from './pages/LogAnalyticsDialog';
import { LogsPage } from './pages/LogsPage';
import { screenshotDir } from './support/paths';

const WORKSPACE = '5c1c7e5a-1f0e-4d47-9a3e-2b8f4c7d9e10';
let fake: FakeLogAnalytics;
let records: ReturnType<typeof generateSampleTenant>['provisioningLogs'];

test.beforeAll(async () => {
  records = generateSampleTenant({ now: new Date() }).provisioningLogs;
  fake = new FakeLogAnalytics({ workspaces: { [WORKSPACE]: records } });
  process.env.PWB_LA_ENDPOINT = await fake.start();
  process.env.PWB_LA_ACCESS_TOKEN = FAKE_LA_TOKEN;
});
test.afterAll(async () => {
  delete process.env.PWB_LA_ENDPOINT;
  delete process.env.PWB_LA_ACCESS_TOKEN;
  await fake.stop();
});

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(screenshotDir, `log-analytics-${name}.png`), animations: 'disabled' });
}

test('connects a workspace, counts by error code there, and pulls a slice with progress', async ({ workbench, page }) => {
  const logs = new LogsPage(page);
  await logs.open();
  const la = new LogAnalyticsDialog(page);
  await la.open();
  await la.workspaceId.fill('not-a-workspace');
  await la.connect.click();
  await expect(la.dialog).toContainText('is not a workspace ID');
  await shoot(page, 'connect-error-light-1440');
  await la.workspaceId.fill(WORKSPACE);
  await la.connect.click();
  await expect(la.source).toContainText(`From Log Analytics workspace ${WORKSPACE} (Global), counted there at`);

  // The viewer's default filter is the last 30 days: the numbers are the workspace's for that window.
  const since = Date.now() - 30 * 86_400_000;
  const recent = records.filter((r) => Date.parse(r.activityDateTime) >= since - 60_000);
  const code = recent.find((r) => r.provisioningStatusInfo.errorInformation?.errorCode)!.provisioningStatusInfo.errorInformation!.errorCode!;
  const expected = recent.filter((r) => r.provisioningStatusInfo.errorInformation?.errorCode === code).length;
  await expect.poll(() => la.totalOf(code)).toBeGreaterThan(0);
  expect(Math.abs((await la.totalOf(code)) - expected)).toBeLessThanOrEqual(1);
  await shoot(page, 'summary-light-1440');

  // Keyboard: Escape closes the dialog and focus returns to its button; the connection is kept.
  await page.keyboard.press('Escape');
  await expect(la.dialog).toBeHidden();
  await expect(la.openButton).toBeFocused();
  await workbench.setTheme('dark');
  await la.open();
  await expect(la.table).toContainText(code);
  await shoot(page, 'summary-dark-1440');
  await page.setViewportSize({ width: 1280, height: 720 });
  await shoot(page, 'summary-dark-1280');
  await page.keyboard.press('Escape');
  await workbench.setTheme('light');
  await la.open();
  await expect(la.table).toContainText(code);
  await shoot(page, 'summary-light-1280');

  await la.by.selectOption('status');
  await expect(la.table).toContainText('failure');

  // A slow workspace: progress shows, and Cancel stops the pull keeping nothing from it.
  fake.behaviour.latencyMs = 1500;
  await la.pull.click();
  await expect(la.progress).toBeVisible();
  await expect(la.progress).toContainText(/Pulling from Log Analytics/);
  await shoot(page, 'pulling-light-1280');
  await la.cancel.click();
  await expect(la.outcome).toHaveText('Pull cancelled: nothing from it was kept.', { timeout: 15_000 });
  fake.behaviour.latencyMs = 0;

  await la.pull.click();
  await expect(la.outcome).toContainText(/Pulled [\d,]+ records in \d+ requests: [\d,]+ new, [\d,]+ already stored, 0 rejected\./, { timeout: 30_000 });
  await shoot(page, 'pulled-light-1280');
});
