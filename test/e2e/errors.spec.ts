import { expect, test } from './fixtures';
import { SAMPLE } from './support/sample';

test('a request the host refuses (wrong session cookie) shows a helpful message, not a blank screen', async ({
  workbench,
  host,
}) => {
  const context = workbench.page.context();
  const cookies = await context.cookies(host.origin);
  expect(cookies.length).toBeGreaterThan(0);
  await context.clearCookies();
  await context.addCookies(cookies.map((cookie) => ({ ...cookie, value: 'not-the-secret' })));

  await workbench.appOption(SAMPLE.apps.howspace).click();
  await expect(workbench.errorMessages.first()).toBeVisible();
  await expect(workbench.errorMessages.first()).toContainText('not signed in to the local host');
  await expect(workbench.errorMessages.first()).toContainText('pwb ui');
  // The rest of the shell is still there to work with.
  await expect(workbench.appList).toBeVisible();
  await expect(workbench.errorMessages.first().getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('an app that is not in the workspace shows the core’s error in a message bar', async ({ workbench }) => {
  const { page } = workbench;
  const tenantId = await workbench.tenantPicker.inputValue();
  await page.goto(`${new URL(page.url()).origin}/#/${encodeURIComponent(tenantId)}/no-such-app/overview`);
  await expect(workbench.errorMessages.first()).toBeVisible();
  await expect(workbench.errorMessages.first()).toContainText('NOT_FOUND');
  await expect(workbench.appList).toBeVisible();
});
