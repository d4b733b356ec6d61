import { expect, test } from './fixtures';

test('the theme switch flips light and dark and is remembered across a reload', async ({ workbench }) => {
  expect(await workbench.theme()).toBe('light');
  await expect(workbench.themeSwitch).not.toBeChecked();

  await workbench.themeSwitch.click();
  await expect(workbench.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(workbench.themeSwitch).toBeChecked();

  await workbench.page.reload();
  await expect(workbench.appOptions.first()).toBeVisible();
  expect(await workbench.theme()).toBe('dark');
  await expect(workbench.themeSwitch).toBeChecked();

  await workbench.themeSwitch.click();
  await workbench.page.reload();
  await expect(workbench.appOptions.first()).toBeVisible();
  expect(await workbench.theme()).toBe('light');
});

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the first launch follows prefers-color-scheme', async ({ workbench }) => {
    expect(await workbench.theme()).toBe('dark');
    await expect(workbench.themeSwitch).toBeChecked();
  });
});
