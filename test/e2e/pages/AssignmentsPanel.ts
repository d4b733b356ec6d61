import type { Locator, Page } from '@playwright/test';

export class AssignmentsPanel {
  readonly root: Locator;
  readonly filter: Locator;
  readonly rows: Locator;
  readonly members: Locator;
  readonly nestedMembers: Locator;
  /** Nested-group members that no other assignment covers: Entra will not provision them. */
  readonly notProvisionedMembers: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('assignments');
    this.filter = page.getByRole('searchbox', { name: 'Filter users and groups' });
    this.rows = page.getByTestId('assignment-row');
    this.members = page.getByTestId('group-member');
    this.nestedMembers = page.locator('[data-testid="group-member"][data-nested="true"]');
    this.notProvisionedMembers = page.locator('[data-testid="group-member"][data-nested="true"][data-provisioned="false"]');
  }

  row(principalName: string): Locator {
    return this.rows.filter({ has: this.page.getByText(principalName, { exact: true }) });
  }

  groupRows(): Locator {
    return this.page.locator('[data-testid="assignment-row"][data-principal-type="Group"]');
  }

  async expandGroup(groupName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Show members of ${groupName}` }).click();
  }

  async expandAllGroups(): Promise<void> {
    const toggles = this.page.getByRole('button', { name: /^Show members of / });
    while ((await toggles.count()) > 0) await toggles.first().click();
  }
}
