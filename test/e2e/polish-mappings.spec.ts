import { expect, test } from './fixtures';
import { AuditPanel } from './pages/AuditPanel';
import { SAMPLE } from './support/sample';

// Issue 18, item 8: rows with findings are marked, Show mapping goes to the row, URNs are shortened,
// and the audit turns what the logs know (the app rejected name.formatted) into a finding.
test.use({ viewport: { width: 1280, height: 720 } });

test('a target the app rejected in recent logs is a finding; its row is marked, and Show mapping scrolls to, highlights and focuses it', async ({ workbench, page }) => {
  const detail = await workbench.openApp(SAMPLE.apps.generic);
  await detail.selectTab('Attribute mappings');
  const audit = new AuditPanel(page);
  const finding = audit.finding('target-attribute-rejected-in-logs');
  await expect(finding).toContainText('name.formatted');
  await expect(finding).toContainText('SchemaAttributeNotFound');
  await expect(finding).toHaveAttribute('data-severity', 'error');

  const users = detail.mappings.objectMapping(/Users$/).first();
  const row = detail.mappings.attributeRow(users, 'name.formatted');
  await expect(row).toHaveAttribute('data-flagged', 'error');
  await expect(row.getByTestId('mapping-finding-flag')).toHaveAttribute('title', /rejected this target attribute/);
  // Every finding tied to a mapping marks a row.
  expect(await detail.mappings.root.locator('[data-testid="attribute-mapping"][data-flagged]').count()).toBeGreaterThan(1);

  await finding.getByRole('button', { name: /Show mapping/ }).click();
  await expect(row).toHaveAttribute('data-shown', 'true');
  await expect(row).toBeFocused();
  await expect(row).toBeInViewport();
});

test('long URN target names are shortened, with the full name on hover', async ({ workbench, page }) => {
  const detail = await workbench.openApp(SAMPLE.apps.generic);
  await detail.selectTab('Attribute mappings');
  await expect(detail.mappings.root).toBeVisible();
  const urnRow = detail.mappings.root.locator('[data-testid="attribute-mapping"][data-target^="urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:"]').first();
  const full = (await urnRow.getAttribute('data-target'))!;
  const name = urnRow.locator(`abbr[title="${full}"]`);
  await expect(name).toBeVisible();
  await expect(name).toHaveText(`…enterprise:${full.split(':').at(-1)}`);
  void page;
});
