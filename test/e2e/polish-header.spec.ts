import { expect, test } from './fixtures';

// Issue 18, item 1: the header fits from 1024 px up; section tabs that do not fit go into a "More" menu.
for (const width of [1024, 1280, 1440]) {
  test(`the header fits at ${width} px: nothing overlaps or wraps, and every section is reachable`, async ({ workbench, page }) => {
    await page.setViewportSize({ width, height: 720 });
    const header = page.locator('header');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const end = page.getByRole('button', { name: 'Sign in' });
    await expect(nav.getByRole('tab', { name: 'Enterprise apps' })).toBeVisible();

    // One line, no horizontal overflow, the tabs end before the account button starts.
    expect(await header.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    const headerBox = (await header.boundingBox())!;
    expect(headerBox.height).toBeLessThanOrEqual(49);
    const tabsRight = await nav.evaluate((el) => Math.max(...[...el.querySelectorAll('[role=tab], button')].filter((t) => (t as HTMLElement).offsetParent !== null).map((t) => t.getBoundingClientRect().right)));
    expect(tabsRight).toBeLessThanOrEqual((await end.boundingBox())!.x);
    // The theme switch keeps its name and never wraps its label.
    const themeBox = (await workbench.themeSwitch.boundingBox())!;
    expect(themeBox.height).toBeLessThan(40);
    for (const name of ['Provisioning logs', 'Local SCIM endpoint', 'Your tenant', 'Enterprise apps']) {
      await workbench.openSection(name);
      await expect(nav.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
    }
    await workbench.setTheme('dark');
    await workbench.setTheme('light');
  });
}
