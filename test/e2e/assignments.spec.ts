import { expect, test } from './fixtures';
import { SAMPLE } from './support/sample';

test('assignments show role names, Default Access included', async ({ workbench }) => {
  const detail = await workbench.openApp(SAMPLE.defaultAccess.app);
  await detail.selectTab('Users and groups');
  await expect(detail.assignments.rows.first()).toBeVisible();
  await expect(detail.assignments.root).toContainText('Default Access');
  await expect(detail.assignments.row(SAMPLE.defaultAccess.principal)).toContainText('Default Access');
});

test('an assigned group lists its direct members and flags nested members as not provisioned', async ({
  workbench,
}) => {
  const detail = await workbench.openApp(SAMPLE.nested.app);
  await detail.selectTab('Users and groups');
  await detail.assignments.expandGroup(SAMPLE.nested.group);

  const nested = detail.assignments.notProvisionedMembers.first();
  await expect(nested).toBeVisible();
  await expect(nested).toContainText('Not provisioned');
  await expect(nested).toContainText(`via ${SAMPLE.nested.via}`);
  await expect(detail.assignments.root).toContainText('not provisioned by Entra');
  await expect(detail.assignments.members.filter({ hasText: 'Will be provisioned' }).first()).toBeVisible();
});

test('the filter box narrows the list and reaches into group members', async ({ workbench }) => {
  const detail = await workbench.openApp(SAMPLE.nested.app);
  await detail.selectTab('Users and groups');
  const before = await detail.assignments.rows.count();
  await detail.assignments.filter.fill(SAMPLE.nested.group);
  await expect(detail.assignments.rows).not.toHaveCount(before);
  await expect(detail.assignments.row(SAMPLE.nested.group)).toBeVisible();

  await detail.assignments.filter.fill('zzz-nobody');
  await expect(detail.assignments.rows).toHaveCount(0);
  await expect(detail.assignments.root).toContainText('Nothing matches');
});
