import { expect, test } from './fixtures';
import { SAMPLE } from './support/sample';

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ workbench }) => {
  await workbench.page.keyboard.press('Tab');
  await expect(workbench.skipLink).toBeFocused();
  await workbench.page.keyboard.press('Enter');
  await expect(workbench.main).toBeFocused();
});

test('Tab reaches the app list, arrows move, Enter opens, arrows switch tabs', async ({ workbench }) => {
  const { page } = workbench;
  const [first, second] = await workbench.appNames();

  // Tab from the search box lands on the first app in the list.
  await workbench.appSearch.focus();
  await page.keyboard.press('Tab');
  await expect(workbench.appOption(first!)).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(workbench.appOption(second!)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(workbench.appOption(first!)).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');

  await page.keyboard.press('Enter');
  await expect(workbench.detail.title).toHaveText(second!);
  await expect(workbench.appOption(second!)).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.appOption(second!)).toBeFocused();

  // Tab leaves the list (one stop) and walks on to the tabs.
  await page.keyboard.press('Tab');
  await expect(workbench.detail.exportButton).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(workbench.detail.tab('Overview')).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(workbench.detail.tab('Users and groups')).toBeFocused();
  await expect(workbench.detail.tab('Users and groups')).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.detail.assignments.root).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(workbench.detail.tab('Attribute mappings')).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.detail.mappings.root).toBeVisible();

  await page.keyboard.press('ArrowLeft');
  await expect(workbench.detail.tab('Users and groups')).toHaveAttribute('aria-selected', 'true');
});

test('Escape closes the schema dialog and focus returns to its button', async ({ workbench }) => {
  const detail = await workbench.openApp(SAMPLE.apps.howspace);
  await detail.selectTab('Attribute mappings');
  await detail.mappings.schemaButton.first().focus();
  await workbench.page.keyboard.press('Enter');
  await expect(detail.mappings.schemaDialog).toBeVisible();
  await workbench.page.keyboard.press('Escape');
  await expect(detail.mappings.schemaDialog).toBeHidden();
  await expect(detail.mappings.schemaButton.first()).toBeFocused();
});
