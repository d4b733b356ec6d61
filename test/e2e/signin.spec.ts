import path from 'node:path';
import { test, expect } from './fixtures';
import { SignInPage } from './pages/SignInPage';
import { repoRoot } from './support/paths';
import { useFakeTenant } from './support/fake-tenant';
import { FAKE_ADMIN } from '../fakes/entra/fake-entra';
import { FAKE_TENANT_NAME, fakeTenantSnapshot } from '../fakes/graph/fake-tenant';

const screens = path.join(repoRoot, 'test-results/screens');
// The host inherits the fakes' addresses, so its sign-in and Graph reads go to them on 127.0.0.1.
const fakes = useFakeTenant();

test('signs in to the fake tenant, reads it, and shows its apps and mappings beside the sample', async ({ workbench, page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await expect(page.getByText('less protected')).toBeVisible();
  await page.screenshot({ path: path.join(screens, 'signin-form.png'), fullPage: true, animations: 'disabled' });

  await signIn.deviceCodeButton.click();
  await expect(signIn.deviceCode).toBeVisible();
  await expect(signIn.deviceCode.getByLabel('Device code')).toHaveText(/^[0-9A-F]{8}$/);
  await page.screenshot({ path: path.join(screens, 'signin-device-code.png'), animations: 'disabled' });
  // The fake authority approves after one pending poll, as if the admin had entered the code.
  await expect(signIn.accounts).toHaveCount(1, { timeout: 15_000 });
  await expect(signIn.accounts.first()).toContainText(FAKE_ADMIN.username);
  await expect(signIn.accountMenuButton).toHaveAccessibleName(`Account: ${FAKE_ADMIN.username}`);

  await signIn.readTenantButton.click();
  await expect(signIn.refreshResult).toContainText(`Read ${FAKE_TENANT_NAME}`, { timeout: 30_000 });
  await expect(page.getByText('Last fetched')).toBeVisible();
  await page.screenshot({ path: path.join(screens, 'signin-refreshed.png'), fullPage: true, animations: 'disabled' });

  // Incremental: one app on its own.
  await signIn.refreshApp('Howspace').click();
  await expect(signIn.refreshResult).toContainText('1 app(s) with provisioning', { timeout: 30_000 });

  await signIn.openAppsButton.click();
  await expect(workbench.tenantPicker).toHaveValue(/.+/);
  await expect(workbench.tenantPicker.locator('option:checked')).toHaveText(FAKE_TENANT_NAME);
  await expect(workbench.tenantPicker.locator('option')).toHaveCount(2);
  const detail = await workbench.openApp('Howspace');
  await detail.selectTab('Attribute mappings');
  await expect(detail.mappings.objectMappings.first()).toBeVisible();
  await page.screenshot({ path: path.join(screens, 'signin-fake-tenant-mappings.png'), animations: 'disabled' });

  await signIn.accountMenuButton.click();
  await expect(page.getByRole('menuitemradio', { name: new RegExp(FAKE_ADMIN.username) })).toBeVisible();
  await page.screenshot({ path: path.join(screens, 'signin-account-menu.png'), animations: 'disabled' });
  await page.keyboard.press('Escape');

  await workbench.setTheme('dark');
  await signIn.open();
  await page.screenshot({ path: path.join(screens, 'signin-dark.png'), fullPage: true, animations: 'disabled' });
});

test('a 403 from Graph says which permission to ask the tenant admin for', async ({ workbench, page }) => {
  void workbench;
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.deviceCodeButton.click();
  await expect(signIn.accounts).toHaveCount(1, { timeout: 15_000 });
  fakes.graph.failNext('/servicePrincipals', 403);
  await signIn.readTenantButton.click();
  await expect(signIn.errorMessages).toContainText('Application.Read.All');
  await expect(signIn.errorMessages).toContainText('ask your tenant admin');
  await page.screenshot({ path: path.join(screens, 'signin-permission-error.png'), animations: 'disabled' });
});

test('apps a refresh could not read are listed with their reasons, the rest is read', async ({ workbench, page }) => {
  void workbench;
  const apps = fakeTenantSnapshot().servicePrincipals;
  const idOf = (name: string) => apps.find((app) => app.displayName === name)!.id;
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.deviceCodeButton.click();
  await expect(signIn.accounts).toHaveCount(1, { timeout: 15_000 });
  // Howspace: the account lacks the role the synchronization API needs (Graph answers 401).
  // OfficeRnD Workplace: its templates keep answering 503 until the retries are spent.
  fakes.graph.behaviour.syncRoleMissing = new Set([idOf('Howspace')]);
  for (let i = 0; i < 31; i += 1) fakes.graph.failNext(`/servicePrincipals/${idOf('OfficeRnD Workplace')}/synchronization/templates`, 503, 0);
  try {
    await signIn.readTenantButton.click();
    await expect(signIn.refreshResult).toContainText(`Read ${FAKE_TENANT_NAME}`, { timeout: 30_000 });
    const failures = page.getByTestId('refresh-app-failures');
    await expect(failures).toContainText('2 app(s) could not be read');
    await expect(failures.getByRole('listitem').filter({ hasText: 'Howspace' })).toContainText(/access denied.*Application Administrator, Cloud Application Administrator/);
    await expect(failures.getByRole('listitem').filter({ hasText: 'OfficeRnD Workplace' })).toContainText('503');
    await page.screenshot({ path: path.join(screens, 'signin-app-failures.png'), animations: 'disabled' });
  } finally {
    fakes.graph.behaviour.syncRoleMissing = false;
    fakes.graph.clearFailures();
  }
});
