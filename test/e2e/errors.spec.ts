import { expect, test } from './fixtures';
import { SAMPLE } from './support/sample';

test('a request the host refuses (wrong session cookie) shows a helpful message, not a blank screen', async ({
  workbench,
  host,
}) => {
  // Wait until the sample's logs, written in batches just after start-up, are all in (the count holds
  // still): their workspace:changed event would otherwise refetch every query with the tampered cookie.
  let previous = -1;
  await expect
    .poll(
      async () => {
        const total = await workbench.page.evaluate(async () => {
          const response = await fetch('/api/invoke/logs:counts', { method: 'POST', headers: { 'content-type': 'application/json', 'x-pwb-request': '1' }, body: '{}' });
          const body = (await response.json()) as { value?: { total: number } };
          return body.value?.total ?? 0;
        });
        const settled = total > 5000 && total === previous;
        previous = total;
        return settled;
      },
      { intervals: [1000], timeout: 30_000 },
    )
    .toBe(true);
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
