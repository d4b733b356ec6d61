import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ForecastPage } from './pages/forecast-page';
import { ScimEndpointPage } from './pages/ScimEndpointPage';
import { TrialPage } from './pages/trial-page';
import type { ThemeName, WorkbenchPage } from './pages/WorkbenchPage';
import { screenshotDir } from './support/paths';
import { SAMPLE } from './support/sample';

/** Every screen, light and dark, saved for people to look at (not compared pixel by pixel). */
async function shoot(page: Page, theme: ThemeName, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // The header and app list are sticky, so a scrolled full-page capture paints them mid-page. Instead the
  // viewport grows to the whole document for the shot (a dialog keeps the normal viewport).
  const normal = page.viewportSize() ?? { width: 1440, height: 900 };
  const dialogOpen = await page.getByRole('dialog').isVisible();
  const height = dialogOpen ? normal.height : await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: normal.width, height: Math.max(normal.height, height) });
  await page.evaluate(() => window.scrollTo(0, 0));
  // 'disabled' finishes Fluent's enter transitions so the picture shows the screen, not a motion frame.
  await page.screenshot({ path: path.join(screenshotDir, `${theme}-${name}.png`), animations: 'disabled' });
  await page.setViewportSize(normal);
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

async function shootApp(workbench: WorkbenchPage, theme: ThemeName, appName: string): Promise<void> {
  const detail = await workbench.openApp(appName);
  await detail.selectTab('Overview');
  await expect(detail.overview.root).toBeVisible();
  await shoot(workbench.page, theme, `${slug(appName)}-1-overview`);

  await detail.selectTab('Users and groups');
  await expect(detail.assignments.root).toBeVisible();
  await detail.assignments.expandAllGroups();
  await shoot(workbench.page, theme, `${slug(appName)}-2-users-and-groups`);

  await detail.selectTab('Attribute mappings');
  await expect(detail.mappings.root).toBeVisible();
  await shoot(workbench.page, theme, `${slug(appName)}-3-attribute-mappings`);
}

/** The Trial sync tab: its setup, a user's result with a step and a request open, and a group's result. */
async function shootTrial(workbench: WorkbenchPage, theme: ThemeName, size: string): Promise<void> {
  const { page } = workbench;
  const detail = await workbench.openApp(SAMPLE.apps.howspace);
  await detail.selectTab('Trial sync');
  const trial = new TrialPage(page);
  await trial.pickSubject('Isabelle', 'Isabelle Fournier');
  await expect(trial.runs).toContainText('No runs yet');
  await shoot(page, theme, `trial-1-setup-${size}`);

  await trial.run();
  const user = trial.object('User', 'Isabelle Fournier');
  await trial.expandStep(user, 'scope');
  const match = await trial.expandStep(user, 'match');
  await trial.expandExchange(trial.exchanges(match).first());
  await expect(trial.stateLinks).toBeVisible();
  await shoot(page, theme, `trial-2-user-result-${size}`);

  await workbench.openApp(SAMPLE.apps.officeRnd);
  await detail.selectTab('Trial sync');
  await trial.pickSubject('Dublin', 'Office - Dublin');
  await expect(trial.members).toBeVisible();
  await trial.run();
  const group = trial.object('Group', 'Office - Dublin');
  await trial.expandStep(group, 'action');
  await shoot(page, theme, `trial-3-group-result-${size}`);
}

/** The Before rollout tab: a forecast with failures and problems, one row's timeline, and the probe's findings. */
async function shootForecast(workbench: WorkbenchPage, theme: ThemeName, size: string): Promise<void> {
  const { page } = workbench;
  const endpoint = new ScimEndpointPage(page);
  await endpoint.open();
  await endpoint.start.click();
  await expect(endpoint.state).toHaveText('Running');
  const tenantUrl = await endpoint.tenantUrl.inputValue();
  const token = await endpoint.revealedToken();
  await workbench.openSection('Enterprise apps');

  const detail = await workbench.openApp(SAMPLE.apps.generic);
  const forecast = new ForecastPage(page);
  await forecast.open(detail);
  await shoot(page, theme, `forecast-1-setup-${size}`);

  await forecast.run();
  await expect(forecast.table).toHaveAttribute('aria-busy', 'false');
  await shoot(page, theme, `forecast-2-result-${size}`);

  await forecast.outcomeFilter.selectOption('Failure');
  await expect(forecast.rows.first()).toHaveAttribute('data-status', 'Failure');
  const dialog = await forecast.openRow('Kwame Mensah');
  await expect(dialog.getByTestId('trial-step').first()).toBeVisible();
  await shoot(page, theme, `forecast-3-timeline-${size}`);
  await page.keyboard.press('Escape');
  await expect(forecast.objectDialog).toBeHidden();

  await forecast.probe(tenantUrl, token);
  await forecast.probeResult.scrollIntoViewIfNeeded();
  await shoot(page, theme, `forecast-4-probe-${size}`);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('tenant home, dialogs and the error state', async ({ workbench, host }) => {
      const { page } = workbench;
      await workbench.setTheme(theme);
      await expect(workbench.tenantHome).toBeVisible();
      await shoot(page, theme, 'home');

      await workbench.aboutButton.click();
      await expect(workbench.aboutDialog).toContainText(host.dataDir);
      await shoot(page, theme, 'about-dialog');
      await page.keyboard.press('Escape');

      await workbench.appSearch.fill('no such app');
      await expect(page.getByText('No app matches')).toBeVisible();
      await shoot(page, theme, 'app-search-empty');
      await workbench.appSearch.clear();

      const detail = await workbench.openApp(SAMPLE.apps.howspace);
      await detail.selectTab('Attribute mappings');
      await detail.mappings.schemaButton.first().click();
      await expect(detail.mappings.schemaJson).toBeVisible();
      await shoot(page, theme, 'schema-json-dialog');
      await page.keyboard.press('Escape');

      const context = page.context();
      const cookies = await context.cookies(host.origin);
      await context.clearCookies();
      await context.addCookies(cookies.map((cookie) => ({ ...cookie, value: 'wrong' })));
      await workbench.appOption(SAMPLE.quarantine.app).click();
      await expect(workbench.errorMessages.first()).toBeVisible();
      await shoot(page, theme, 'error-not-signed-in');
    });

    test('every app, every tab', async ({ workbench }) => {
      // Five apps × every tab in one test: on a loaded 2-core machine this passes a minute.
      test.setTimeout(240_000);
      await workbench.setTheme(theme);
      for (const appName of SAMPLE.appNames) await shootApp(workbench, theme, appName);
    });

    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1440, height: 900 },
    ]) {
      test(`the Trial sync tab at ${viewport.width}×${viewport.height}`, async ({ workbench }) => {
        test.setTimeout(120_000);
        await workbench.page.setViewportSize(viewport);
        await workbench.setTheme(theme);
        await shootTrial(workbench, theme, `${viewport.width}x${viewport.height}`);
      });

      test(`the Before rollout tab at ${viewport.width}×${viewport.height}`, async ({ workbench }) => {
        test.setTimeout(120_000);
        await workbench.page.setViewportSize(viewport);
        await workbench.setTheme(theme);
        await shootForecast(workbench, theme, `${viewport.width}x${viewport.height}`);
      });
    }
  });
}
