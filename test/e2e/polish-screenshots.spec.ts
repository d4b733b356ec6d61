import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AuditPanel } from './pages/AuditPanel';
import { LogsPage } from './pages/LogsPage';
import { ScimEndpointPage } from './pages/ScimEndpointPage';
import { SignInPage } from './pages/SignInPage';
import { repoRoot, screenshotDir } from './support/paths';
import { SAMPLE } from './support/sample';

// Issue 18: every screen the polish touched, at 1280×720 and 1440×900, light and dark, for people to look at.
let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pwb-e2e-polish-shots-'));
  execFileSync(process.execPath, [path.join(repoRoot, 'bin/pwb.mjs'), 'snapshot', 'export', '--sample', path.join(dir, 'sample.json')], { cwd: repoRoot });
  // Sign-in goes nowhere, so the error in words can be photographed.
  process.env.PWB_AUTHORITY_ENDPOINT = 'http://127.0.0.1:9';
});
test.afterAll(async () => {
  delete process.env.PWB_AUTHORITY_ENDPOINT;
  await rm(dir, { recursive: true, force: true });
});

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(screenshotDir, `polish-${name}.png`), animations: 'disabled' });
}

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

for (const theme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    const tag = `${theme}-${size.width}`;
    test(`touched screens, ${theme}, ${size.width}×${size.height}`, async ({ workbench, page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await workbench.setTheme(theme);

      // Overview with drill-downs (and the header at this width).
      const detail = await workbench.openApp(SAMPLE.apps.officeSpace);
      await expect(detail.overview.lastCycle).toBeVisible();
      await shoot(page, `${tag}-overview`);

      // Mappings: a finding's row, marked and shown.
      await workbench.openApp(SAMPLE.apps.generic);
      await detail.selectTab('Attribute mappings');
      const audit = new AuditPanel(page);
      await audit.finding('target-attribute-rejected-in-logs').getByRole('button', { name: /Show mapping/ }).click();
      await expect(page.locator('[data-testid="attribute-mapping"][data-shown="true"]')).toBeFocused();
      await shoot(page, `${tag}-mappings-row`);
      await audit.objectPicker.evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -120);
      });
      await audit.objectPicker.fill('da');
      await expect(page.getByTestId('object-picker-options')).toHaveAttribute('aria-busy', 'false');
      await shoot(page, `${tag}-preview-picker`);
      await page.keyboard.press('Escape');

      // Compare dialog after Compare.
      await audit.compareButton.click();
      const compare = page.getByRole('dialog', { name: 'Compare mappings' });
      await compare.getByRole('button', { name: 'Compare', exact: true }).click();
      await expect(compare.getByTestId('diff-result')).toBeVisible();
      await shoot(page, `${tag}-compare-dialog`);
      await page.keyboard.press('Escape');
      await expect(compare).toBeHidden();

      // Logs: a message, the detail pane on Raw JSON, charts.
      const logs = new LogsPage(page);
      await logs.open();
      await page.getByTestId('logs-pull').click();
      await expect(page.getByTestId('logs-notice-pull')).toBeVisible();
      await expect(logs.rows.first()).not.toContainText('Loading');
      await logs.rows.first().click();
      await logs.detailTab('Raw JSON');
      await shoot(page, `${tag}-logs-detail`);
      await logs.selectView('Charts');
      await expect(logs.charts.getByTestId('chart-bar').first()).toBeVisible();
      await shoot(page, `${tag}-charts`);

      // Local SCIM endpoint with a request.
      const scim = new ScimEndpointPage(page);
      await scim.open();
      await scim.start.click();
      await expect(scim.state).toHaveText('Running');
      const tenantUrl = await scim.tenantUrl.inputValue();
      const token = await scim.revealedToken();
      await fetch(`${tenantUrl}/Users?filter=${encodeURIComponent('userName eq "ada@contoso.com"')}`, { headers: { Authorization: `Bearer ${token}` } });
      await expect(scim.logRows).toHaveCount(1);
      await shoot(page, `${tag}-scim`);

      // Sign-in failure in words.
      const signIn = new SignInPage(page);
      await workbench.openSection('Your tenant');
      await signIn.root.waitFor();
      await signIn.deviceCodeButton.click();
      await expect(signIn.errorMessages.first()).toBeVisible({ timeout: 30_000 });
      await signIn.errorMessages.first().scrollIntoViewIfNeeded();
      await shoot(page, `${tag}-signin-error`);

      // Replace confirmation.
      await workbench.openSection('Enterprise apps');
      await page.getByTestId('snapshot-file-input').setInputFiles(path.join(dir, 'sample.json'));
      await expect(page.getByRole('dialog', { name: /^Replace 5 apps/ })).toBeVisible();
      await shoot(page, `${tag}-replace-dialog`);
      await page.keyboard.press('Escape');
    });
  }
}
