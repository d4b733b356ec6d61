import { expect, test } from './fixtures';
import { ForecastPage } from './pages/forecast-page';
import { ScimEndpointPage } from './pages/ScimEndpointPage';
import type { WorkbenchPage } from './pages/WorkbenchPage';
import { SAMPLE } from './support/sample';

async function openForecast(workbench: WorkbenchPage, app: string): Promise<ForecastPage> {
  const detail = await workbench.openApp(app);
  const forecast = new ForecastPage(workbench.page);
  await forecast.open(detail);
  return forecast;
}

test.describe('Before rollout tab', () => {
  test('Fabrikam Expenses (SCIM): users with a null userName fail with MandatoryFieldsMissing; nested-only users are not provisioned', async ({ workbench }) => {
    const forecast = await openForecast(workbench, SAMPLE.apps.generic);
    await expect(forecast.target('An empty target (a first rollout)')).toBeChecked();
    await forecast.run();

    await expect(forecast.facts).toContainText('An empty SCIM service');
    await expect(forecast.statusBadge('Failure')).toHaveText(/^Failure [1-9]/);
    await expect(forecast.quarantine).toHaveAttribute('data-quarantined', 'false');
    await expect(forecast.quarantine).toContainText('far below the 5,000-failure floor');
    await expect(forecast.problem('MandatoryFieldsMissing')).toBeVisible();
    await expect(forecast.problem('NestedGroupOnly')).toBeVisible();
    await expect(forecast.notes).toContainText('no matching attribute');

    // Every failure is a null userName, logged as MandatoryFieldsMissing.
    await forecast.outcomeFilter.selectOption('Failure');
    const failures = Number(/Failure (\d+)/.exec((await forecast.statusBadge('Failure').textContent()) ?? '')?.[1]);
    await forecast.expectTotal(failures);
    await expect(forecast.rows).toHaveCount(failures);
    for (const row of await forecast.rows.all()) await expect(row).toHaveAttribute('data-code', 'MandatoryFieldsMissing');
    await expect(forecast.row('Kwame Mensah')).toContainText('required userName is null');

    // The problem's Show narrows the table to the nested-only users, none of them provisioned.
    await forecast.problem('NestedGroupOnly').getByRole('button', { name: /^Show/ }).click();
    await expect(forecast.codeFilter).toHaveValue('NestedGroupOnly');
    await expect(forecast.outcomeFilter).toHaveValue('');
    await expect(forecast.rows.first()).toBeVisible();
    await expect(forecast.table).toHaveAttribute('aria-busy', 'false');
    const nested = await forecast.rows.all();
    expect(nested.length).toBeGreaterThan(0);
    for (const row of nested) {
      await expect(row).toContainText('nested via');
      await expect(row).toHaveAttribute('data-status', 'Skipped');
    }

    // Text search goes to the core (debounced) and combines with the other filters.
    await forecast.search.fill('ingrid');
    await forecast.expectTotal(1);
    await expect(forecast.rows).toHaveCount(1);
    await expect(forecast.rows.first()).toContainText('ingrid.holm@contoso.com');

    await forecast.page.getByTestId('forecast-filter-clear').click();
    await expect(forecast.codeFilter).toHaveValue('');
    await expect(forecast.search).toHaveValue('');
    await expect(forecast.range).toContainText('of 38 objects');
  });

  test('Howspace forecasts no failure, and a row opens its trial-sync timeline', async ({ workbench }) => {
    const forecast = await openForecast(workbench, SAMPLE.apps.howspace);
    await forecast.run();
    await expect(forecast.statusBadge('Failure')).toHaveText('Failure 0');
    await expect(forecast.quarantine).toContainText('No failure is expected');
    await expect(forecast.quarantine).toContainText('far below the 5,000-failure floor');

    await forecast.actionFilter.selectOption('create');
    await expect(forecast.table).toHaveAttribute('aria-busy', 'false');
    await expect(forecast.rows.first()).toBeVisible();
    for (const row of await forecast.rows.all()) await expect(row).not.toHaveAttribute('data-status', 'Failure');

    await forecast.search.fill('Isabelle');
    await forecast.expectTotal(1);
    const dialog = await forecast.openRow('Isabelle Fournier');
    await expect(dialog.getByTestId('forecast-object-verdict')).toContainText('Would be created in Howspace');
    const user = dialog.getByTestId('trial-object').and(workbench.page.locator('[data-kind="User"]')).first();
    await expect(user.getByTestId('trial-step')).toHaveText([/^1\. Import/, /^2\. Scope/, /^3\. Match/, /^4\. Action/]);
    await workbench.page.keyboard.press('Escape');
    await expect(forecast.objectDialog).toBeHidden();

    // The forecast stays with the app: leaving the tab and coming back shows it again.
    const id = await forecast.shownForecastId();
    await workbench.detail.selectTab('Overview');
    await forecast.open(workbench.detail);
    await expect(forecast.result).toHaveAttribute('data-forecast-id', id!);
  });

  test('keyboard: choose the target and run the forecast without a mouse', async ({ workbench }) => {
    const forecast = await openForecast(workbench, SAMPLE.apps.howspace);
    await forecast.target('An empty target (a first rollout)').focus();
    await workbench.page.keyboard.press('ArrowDown');
    await expect(forecast.target("The app's local SCIM endpoint")).toBeChecked();
    await workbench.page.keyboard.press('Tab');
    await expect(forecast.runButton).toBeFocused();
    await workbench.page.keyboard.press('Enter');
    await forecast.waitForNewForecast(null);
    await expect(forecast.facts).toContainText('GETs only');
    await expect(forecast.statusBadge('Failure')).toHaveText('Failure 0');
  });

  test('Test Connection and the probe against the local SCIM endpoint; the token is not kept', async ({ workbench }) => {
    const endpoint = new ScimEndpointPage(workbench.page);
    await endpoint.open();
    await endpoint.start.click();
    await expect(endpoint.state).toHaveText('Running');
    const tenantUrl = await endpoint.tenantUrl.inputValue();
    const token = await endpoint.revealedToken();
    await workbench.openSection('Enterprise apps');

    const forecast = await openForecast(workbench, SAMPLE.apps.howspace);
    await expect(forecast.probeRun).toBeDisabled();
    await forecast.probeUrl.fill('http://example.com/scim/v2');
    await expect(forecast.root.getByRole('alert')).toContainText('Plain http is only allowed on 127.0.0.1');
    await forecast.probe(tenantUrl, token);
    await expect(forecast.probeResult).toHaveAttribute('data-test-connection', 'pass');
    await expect(forecast.probeVerdict).toHaveText("Entra's Test Connection would pass");
    await expect(forecast.probeToken).toHaveValue('');

    await forecast.probeShowPassed.click();
    const testConnection = forecast.probeFindings.and(workbench.page.locator('[data-id="test-connection"]'));
    await expect(testConnection).toHaveAttribute('data-severity', 'pass');
    await expect(testConnection).toContainText('Test Connection passes');

    // The write round trip asks for the host first.
    await forecast.probeToken.fill(token);
    await forecast.probeWrite.click();
    await forecast.probeRun.click();
    const host = new URL(tenantUrl).host;
    await expect(forecast.confirmWriteDialog).toContainText(host);
    await forecast.confirmWriteDialog.getByTestId('probe-confirm-host').fill(host);
    await forecast.confirmWriteDialog.getByRole('button', { name: `Write to ${host}` }).click();
    await expect(forecast.confirmWriteDialog).toBeHidden();
    await expect(forecast.probeResult).toContainText('write round trip included', { timeout: 30_000 });
  });
});
