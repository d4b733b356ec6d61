import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LogsPage } from './pages/LogsPage';
import { TrialPage } from './pages/trial-page';
import type { WorkbenchPage } from './pages/WorkbenchPage';
import { SAMPLE } from './support/sample';

const USER = { search: 'Isabelle', name: 'Isabelle Fournier', upn: 'isabelle.fournier@contoso.com' };
const GROUP = { app: SAMPLE.apps.officeRnd, search: 'Dublin', name: 'Office - Dublin' };

async function openTrial(workbench: WorkbenchPage, app: string): Promise<TrialPage> {
  const detail = await workbench.openApp(app);
  await detail.selectTab('Trial sync');
  const trial = new TrialPage(workbench.page);
  await expect(trial.root).toBeVisible();
  return trial;
}

/** Counts the `trial:run` calls the page makes from now on. */
function countRunRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/invoke/trial:run')) count += 1;
  });
  return () => count;
}

test.describe('Trial sync tab', () => {
  test('a user: first run creates with a match GET and a POST; the second sends nothing', async ({ workbench }) => {
    const trial = await openTrial(workbench, SAMPLE.apps.howspace);
    await expect(trial.root.getByRole('radio', { name: /^Local SCIM endpoint \(/ })).toBeChecked();
    await trial.pickSubject(USER.search, USER.name);
    await trial.run();

    await expect(trial.verdict).toContainText('Would be created in Howspace');
    await expect(trial.verdict).toContainText('Success');
    const user = trial.object('User', USER.name);
    await expect(user.getByTestId('trial-step')).toHaveText([/^1\. Import/, /^2\. Scope/, /^3\. Match/, /^4\. Action/]);

    const match = await trial.expandStep(user, 'match');
    const get = trial.exchanges(match).first();
    await expect(get).toHaveAttribute('data-method', 'GET');
    await expect(get).toContainText(`filter=userName eq "${USER.upn}"`);
    await expect(get.getByTestId('trial-exchange-status')).toHaveText('200');

    const action = await trial.expandStep(user, 'action');
    const post = trial.exchanges(action).first();
    await expect(post).toHaveAttribute('data-method', 'POST');
    await expect(post).toContainText('/scim/v2/Users');
    await expect(post.getByTestId('trial-exchange-status')).toHaveText('201');
    const detail = await trial.expandExchange(post);
    await expect(detail.getByLabel('Request body')).toContainText(`"userName": "${USER.upn}"`);
    await expect(detail.getByLabel('Response body')).toContainText('"id"');

    await expect(user.getByTestId('trial-target-object')).toContainText(USER.upn);
    await expect(user.getByTestId('trial-landings').locator('[data-target="name.givenName"]')).toContainText('Sent');
    await expect(trial.stateLinks).toContainText(USER.name);
    await expect(trial.stateLinks).toContainText('Managed');

    await trial.run();
    await expect(trial.verdict).toContainText('No change');
    await expect(trial.verdict).toContainText('RedundantExport');
    await expect(trial.verdict).toContainText('nothing sent');
    const again = trial.object('User', USER.name);
    const secondMatch = await trial.expandStep(again, 'match');
    await expect(trial.exchanges(secondMatch)).toHaveCount(1);
    await expect(trial.exchanges(secondMatch).first()).toHaveAttribute('data-method', 'GET');
    const secondAction = await trial.expandStep(again, 'action');
    await expect(trial.exchanges(secondAction)).toHaveCount(0);
  });

  test('change with a givenName edit sends one PATCH', async ({ workbench }) => {
    const trial = await openTrial(workbench, SAMPLE.apps.howspace);
    await trial.pickSubject(USER.search, USER.name);
    await trial.run();
    await expect(trial.verdict).toContainText('created');

    await trial.chooseScenario('Change attributes');
    await expect(trial.runButton).toBeDisabled();
    await trial.addEdit('givenName', 'Isa');
    await expect(trial.page.getByTestId('trial-edit-current')).toHaveText('Isabelle');
    await trial.run();

    await expect(trial.verdict).toContainText('name.givenName');
    await expect(trial.sourceChanges).toContainText('givenName set to "Isa"');
    const user = trial.object('User', USER.name);
    const match = await trial.expandStep(user, 'match');
    await expect(trial.exchanges(match)).toHaveCount(1);
    await expect(trial.exchanges(match).first()).toHaveAttribute('data-method', 'GET');
    const action = await trial.expandStep(user, 'action');
    await expect(trial.exchanges(action)).toHaveCount(1);
    const patch = trial.exchanges(action).first();
    await expect(patch).toHaveAttribute('data-method', 'PATCH');
    const detail = await trial.expandExchange(patch);
    await expect(detail.getByLabel('Request body')).toContainText('"path": "name.givenName"');
    await expect(detail.getByLabel('Request body')).toContainText('"value": "Isa"');
  });

  test('a group: member users first, then the group with a member PATCH', async ({ workbench }) => {
    const trial = await openTrial(workbench, GROUP.app);
    await trial.pickSubject(GROUP.search, GROUP.name);
    await expect(trial.members).toBeVisible();
    await expect(trial.members).toContainText('Out of scope');
    await trial.run();

    await expect(trial.objects.last()).toHaveAttribute('data-kind', 'Group');
    await expect(trial.objects).toHaveCount(6);
    for (let index = 0; index < 5; index += 1) await expect(trial.objects.nth(index)).toHaveAttribute('data-kind', 'User');
    const group = trial.object('Group', GROUP.name);
    const action = await trial.expandStep(group, 'action');
    await expect(trial.exchanges(action)).toHaveCount(2);
    const memberPatch = action.locator('[data-testid="trial-exchange"][data-method="PATCH"]');
    await expect(memberPatch).toHaveCount(1);
    const detail = await trial.expandExchange(memberPatch);
    await expect(detail.getByLabel('Request body')).toContainText('"path": "members"');
  });

  test('leave a group: the member picked leaves, is processed first, and the member PATCH removes them', async ({ workbench }) => {
    const trial = await openTrial(workbench, GROUP.app);
    await trial.pickSubject(GROUP.search, GROUP.name);
    await trial.run();
    await trial.chooseScenario('Leave a group');
    const choice = workbench.page.getByTestId('trial-scenario-choice');
    await choice.click();
    // Member options read "Name (UPN)"; the first one is the engine's default.
    const option = workbench.page.getByRole('option', { name: /\(.+@.+\)$/ }).first();
    const leaving = ((await option.textContent()) ?? '').replace(/ \(.*$/, '');
    await option.click();
    await trial.run();
    await expect(trial.sourceChanges).toContainText(`${leaving} left the group ${GROUP.name}`);
    await expect(trial.verdict).toContainText('1 removed');
    await expect(trial.objects.first()).toHaveAttribute('data-kind', 'User');
  });

  test('"Open in logs" shows the run\'s trial records in the logs view', async ({ workbench }) => {
    const trial = await openTrial(workbench, SAMPLE.apps.howspace);
    await trial.pickSubject(USER.search, USER.name);
    await trial.run();
    const runId = await trial.shownRunId();
    await expect(trial.openInLogs).toHaveText('Open in logs (1 record)');
    await trial.openInLogs.click();

    const logs = new LogsPage(workbench.page);
    await expect(logs.root).toBeVisible();
    await expect(workbench.page).toHaveURL(new RegExp(`~logs/trial-run/${runId}$`));
    await expect(logs.counts).toContainText('1 records');
    await expect(logs.rows).toHaveCount(1);
    await expect(logs.rows.first()).toContainText(USER.name);
  });

  test('a dry run hides "Open in logs"; the URL target asks to confirm the host, and Cancel sends nothing', async ({ workbench }) => {
    const trial = await openTrial(workbench, SAMPLE.apps.howspace);
    await trial.pickSubject(USER.search, USER.name);
    await trial.page.getByTestId('trial-dry-run').check();
    await trial.run();
    await expect(trial.verdict).toContainText('Would be created');
    await expect(trial.openInLogs).toHaveCount(0);
    await trial.page.getByTestId('trial-dry-run').uncheck();

    const runs = countRunRequests(trial.page);
    await trial.useUrlTarget('https://scim.example.com/scim/v2', 'secret-token');
    await trial.runButton.click();
    const dialog = trial.confirmHostDialog;
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Run against scim.example.com?');
    await expect(dialog).toContainText('created, changed, disabled or deleted');
    const confirm = dialog.getByRole('button', { name: 'Run against scim.example.com' });
    await expect(confirm).toBeDisabled();
    await dialog.getByTestId('trial-confirm-host').fill('scim.example.com');
    await expect(confirm).toBeEnabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(runs()).toBe(0);
    await expect(trial.runRows).toHaveCount(1);
  });

  test('earlier runs are listed newest first, reopen, and clear', async ({ workbench }) => {
    const trial = await openTrial(workbench, SAMPLE.apps.howspace);
    await expect(trial.runs).toContainText('No runs yet');
    await trial.pickSubject(USER.search, USER.name);
    await trial.run();
    const first = await trial.shownRunId();
    await trial.run();
    const second = await trial.shownRunId();

    await expect(trial.runRows).toHaveCount(2);
    await expect(trial.runRows.nth(0)).toHaveAttribute('data-run-id', second!);
    await expect(trial.runRows.nth(1)).toHaveAttribute('data-run-id', first!);
    await expect(trial.runRows.nth(0)).toContainText('No change');
    await expect(trial.runRows.nth(1)).toContainText('Would be created');

    await trial.runRows.nth(1).click();
    await expect(trial.result).toHaveAttribute('data-run-id', first!);
    await expect(trial.verdict).toContainText('Would be created');
    await expect(trial.page.getByRole('heading', { name: 'Earlier run', exact: true })).toBeVisible();

    await trial.clearRuns();
    await expect(trial.runs).toContainText('No runs yet');
    await expect(trial.result).toHaveCount(0);
  });

  test('the form can be filled and run with the keyboard alone', async ({ workbench }) => {
    const { page } = workbench;
    const trial = await openTrial(workbench, SAMPLE.apps.howspace);
    await trial.search.focus();
    await page.keyboard.type(USER.search);
    await page.keyboard.press('Enter');
    await expect(trial.search).toHaveValue(USER.name);

    // Tab on to the scenario and choose "Disable" with the arrows.
    await page.keyboard.press('Tab');
    await expect(trial.scenario).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(trial.scenario).toHaveText('Disable');

    for (let presses = 0; presses < 20 && !(await trial.runButton.evaluate((el) => el === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(trial.runButton).toBeFocused();
    await page.keyboard.press('Enter');
    await trial.waitForNewRun(null);
    await expect(trial.sourceChanges).toContainText('was disabled');
  });
});
