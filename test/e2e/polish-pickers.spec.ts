import { generateSampleTenant } from '../../sample-tenant';
import { expect, test } from './fixtures';
import { AuditPanel } from './pages/AuditPanel';
import { TrialPage } from './pages/trial-page';
import { SAMPLE } from './support/sample';

// Issue 18, item 9: the mapping preview's picker searches by name, UPN, mail or id, and renders a page of matches.

test('the preview picker searches by name, UPN, mail and object id, and lists a bounded page of matches', async ({ workbench, page }) => {
  // A sample user whose mail differs from her UPN (a renamed account), assigned to OfficeRnD Workplace.
  const emma = generateSampleTenant({ now: new Date() }).users.find((u) => u.displayName === 'Emma Thompson')!;
  expect(emma.mail).not.toBe(emma.userPrincipalName);
  const detail = await workbench.openApp(SAMPLE.apps.officeRnd);
  await detail.selectTab('Attribute mappings');
  const audit = new AuditPanel(page);
  await expect(audit.counts).toBeVisible();
  const list = page.getByTestId('object-picker-options');
  const options = list.getByRole('option');

  // Empty search: a page of the population, never all of it.
  await audit.objectPicker.fill('');
  await expect(options.first()).toBeVisible();
  expect(await options.count()).toBeLessThanOrEqual(20);

  for (const needle of ['emma thom', emma.userPrincipalName!, emma.mail!, emma.id]) {
    await audit.objectPicker.fill(needle);
    await expect(list).toHaveAttribute('aria-busy', 'false');
    await expect(options.and(page.locator('[data-name="Emma Thompson"]'))).toBeVisible();
  }
  await options.and(page.locator('[data-name="Emma Thompson"]')).click();
  await expect(audit.objectPicker).toHaveValue('Emma Thompson');
  await expect(audit.previewRows.first()).toBeVisible();

  // Enter picks the first match of what is typed.
  await audit.objectPicker.fill(emma.mail!);
  await page.keyboard.press('Enter');
  await expect(audit.objectPicker).toHaveValue('Emma Thompson');
});

test('the trial picker finds a user by mail', async ({ workbench, page }) => {
  const detail = await workbench.openApp(SAMPLE.apps.howspace);
  await detail.selectTab('Trial sync');
  const trial = new TrialPage(page);
  await trial.pickSubject('Isabelle', 'Isabelle Fournier');
  // The sample's mail is firstname.lastname@contoso.com like the UPN; search by the mail's local part.
  await trial.search.fill('isabelle.fournier@');
  await expect(page.getByTestId('trial-subject-options')).toHaveAttribute('aria-busy', 'false');
  await expect(trial.options.and(page.locator('[data-name="Isabelle Fournier"]'))).toBeVisible();
  void workbench;
});
