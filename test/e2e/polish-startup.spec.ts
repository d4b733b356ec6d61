import { expect, test } from './fixtures';

// Issue 18, item 13: the favicon is served (start-up lines are covered by test/integration/electron/cli/ui-output.test.ts).
test('the page names its icon and the host serves it', async ({ workbench, page }) => {
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBe('./favicon.svg');
  const response = await page.request.get(new URL(href!, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/svg+xml');
  expect(await response.text()).toContain('<svg');
  void workbench;
});
