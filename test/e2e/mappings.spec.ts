import { expect, test } from './fixtures';
import { SAMPLE } from './support/sample';

test('Howspace: userName comes from userPrincipalName and is Matching #1; the mobile phone is mapped', async ({
  workbench,
}) => {
  const detail = await workbench.openApp(SAMPLE.apps.howspace);
  await detail.selectTab('Attribute mappings');
  const users = detail.mappings.objectMapping(SAMPLE.mappings.howspaceUsers);
  await expect(users).toBeVisible();

  const userName = detail.mappings.attributeRow(users, 'userName');
  await expect(userName).toContainText('userPrincipalName');
  await expect(userName).toContainText('Matching #1');
  await expect(userName).toContainText('Always');

  await expect(detail.mappings.attributeRow(users, 'phoneNumbers[type eq "mobile"].value')).toBeVisible();
  await expect(users.getByTestId('object-actions')).toContainText('Create');
});

test('a scoping filter is shown in words, with how groups and clauses combine', async ({ workbench }) => {
  const detail = await workbench.openApp(SAMPLE.scoped.app);
  await detail.selectTab('Attribute mappings');
  const mapping = detail.mappings.objectMapping(SAMPLE.scoped.objectMapping);
  const scope = detail.mappings.scope(mapping);
  await expect(scope).toContainText(/ANDed/);
  await expect(scope.getByTestId('scope-group').first()).toContainText(SAMPLE.scoped.clauseText);
});

test('the schema JSON dialog shows the job schema, pretty-printed', async ({ workbench }) => {
  const detail = await workbench.openApp(SAMPLE.apps.howspace);
  await detail.selectTab('Attribute mappings');
  await detail.mappings.schemaButton.first().click();
  await expect(detail.mappings.schemaDialog).toBeVisible();
  const json = await detail.mappings.schemaJson.textContent();
  expect(json).toContain('\n  "');
  expect(() => JSON.parse(json ?? '')).not.toThrow();
  await detail.mappings.schemaDialog.getByRole('button', { name: 'Close' }).click();
  await expect(detail.mappings.schemaDialog).toBeHidden();
});
