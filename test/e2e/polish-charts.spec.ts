import { expect, test } from './fixtures';
import { LogsPage } from './pages/LogsPage';

// Issue 18, item 6: skips are not drawn as failures, truncated labels have a tooltip, the chart text is readable.
test.use({ viewport: { width: 1280, height: 720 } });

test('charts: skipped is not failure red, long labels carry their full text, the font is readable', async ({ page, workbench }) => {
  const logs = new LogsPage(page);
  await logs.open();
  await logs.selectView('Charts');
  const skippedCode = logs.charts.getByTestId('chart-bar').filter({ hasText: 'EntrySynchronizationSkipped' });
  await expect(skippedCode).toBeVisible();
  // The skip reason is drawn as skipped, with no failure segment.
  await expect(skippedCode.locator('[data-outcome="skipped"]')).toHaveCount(1);
  await expect(skippedCode.locator('[data-outcome="failure"]')).toHaveCount(0);
  const failureColor = await logs.charts.locator('[data-outcome="failure"]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const skippedColor = await skippedCode.locator('[data-outcome="skipped"]').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(skippedColor).not.toBe(failureColor);
  await expect(skippedCode).toHaveAttribute('aria-label', /skipped/);

  const labels = logs.charts.getByTestId('chart-bar-label');
  await expect(labels.first()).toBeVisible();
  const report = await labels.evaluateAll((els) =>
    els.map((el) => ({
      truncated: el.scrollWidth > el.clientWidth + 1,
      titled: Boolean(el.getAttribute('title') || el.closest('[title]')?.getAttribute('title')?.includes(el.textContent ?? '')),
      fontSize: parseFloat(getComputedStyle(el).fontSize),
    })),
  );
  for (const label of report) {
    expect(label.fontSize).toBeGreaterThanOrEqual(12);
    if (label.truncated) expect(label.titled).toBe(true);
  }
  // The day axis text is at least 11 px on screen.
  const axisSize = await logs.charts.locator('svg text').first().evaluate((el) => el.getBoundingClientRect().height);
  expect(axisSize).toBeGreaterThanOrEqual(11);
  void workbench;
});
