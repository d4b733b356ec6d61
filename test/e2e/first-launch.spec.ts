import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { SAMPLE } from './support/sample';

test('first launch opens the sample tenant and lists its provisioning apps', async ({ workbench }) => {
  await expect(workbench.tenantPicker).toHaveValue(SAMPLE.tenantId);
  await expect(workbench.tenantPicker.locator('option:checked')).toHaveText(SAMPLE.tenantLabel);
  expect(await workbench.appNames()).toEqual(expect.arrayContaining([...SAMPLE.appNames]));
  await expect(workbench.tenantHome).toContainText(SAMPLE.defaultDomain);
});

test('the search box filters the app list by name', async ({ workbench }) => {
  await workbench.appSearch.fill('howsp');
  await expect(workbench.appOptions).toHaveCount(1);
  await expect(workbench.appOption(SAMPLE.apps.howspace)).toBeVisible();

  await workbench.appSearch.fill('no such app');
  await expect(workbench.appOptions).toHaveCount(0);
  await expect(workbench.page.getByText('No app matches “no such app”.')).toBeVisible();

  await workbench.appSearch.clear();
  await expect(workbench.appOptions).toHaveCount(SAMPLE.appNames.length);
});

test('About shows the version, the browser mode and this run’s data directory', async ({ workbench, host }) => {
  await workbench.aboutButton.click();
  await expect(workbench.aboutDialog).toBeVisible();
  await expect(workbench.aboutDialog).toContainText('Browser mode (local host)');
  await expect(workbench.aboutDialog).toContainText(host.dataDir);
  await expect(workbench.aboutDialog).toContainText(/Version\s*\d+\.\d+\.\d+/);
  await workbench.page.keyboard.press('Escape');
  await expect(workbench.aboutDialog).toBeHidden();
});

test('opening an app keeps its place across a reload', async ({ workbench }) => {
  const detail = await workbench.openApp(SAMPLE.apps.howspace);
  await detail.selectTab('Attribute mappings');
  await workbench.page.reload();
  await expect(detail.title).toHaveText(SAMPLE.apps.howspace);
  await expect(detail.tab('Attribute mappings')).toHaveAttribute('aria-selected', 'true');
  await expect(detail.mappings.objectMappings.first()).toBeVisible();
});

test('an app snapshot exports as a JSON download', async ({ workbench }) => {
  await workbench.openApp(SAMPLE.apps.howspace);
  const downloading = workbench.page.waitForEvent('download');
  await workbench.detail.exportButton.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(text)).toEqual(expect.any(Object));
  await expect(workbench.page.getByText(`Saved ${download.suggestedFilename()}`)).toBeVisible();
});
