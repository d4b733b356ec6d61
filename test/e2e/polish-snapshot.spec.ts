import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { focusInside } from './support/keyboard';
import { repoRoot } from './support/paths';
import { SAMPLE } from './support/sample';

// Issue 18, item 12: importing a snapshot that replaces apps already in the workspace asks first and says what.
let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pwb-e2e-polish-snapshot-'));
  execFileSync(process.execPath, [path.join(repoRoot, 'bin/pwb.mjs'), 'snapshot', 'export', '--sample', path.join(dir, 'sample.json')], { cwd: repoRoot });
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('re-importing the sample asks before replacing its apps; Cancel changes nothing, and the dialog passes the keyboard checks', async ({ workbench, page }) => {
  const input = page.getByTestId('snapshot-file-input');
  const importButton = page.getByRole('button', { name: 'Import snapshot…' });
  const dialog = page.getByRole('dialog', { name: /^Replace 5 apps in / });

  await importButton.focus();
  await input.setInputFiles(path.join(dir, 'sample.json'));
  await expect(dialog).toBeVisible();
  const what = dialog.getByTestId('snapshot-replace-what');
  for (const name of SAMPLE.appNames) await expect(what).toContainText(name);
  await expect(what).toContainText('assignments, provisioning jobs and attribute mappings');

  // Keyboard: focus is inside, Tab cycles within, Escape cancels and focus returns to the button.
  await expect.poll(() => focusInside(dialog)).toBe(true);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(dialog)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(importButton).toBeFocused();
  await expect(page.getByText(/^Imported /)).toHaveCount(0);

  // Cancel: nothing imported.
  await input.setInputFiles(path.join(dir, 'sample.json'));
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Imported /)).toHaveCount(0);

  // Replace and import: the import runs.
  await input.setInputFiles(path.join(dir, 'sample.json'));
  await dialog.getByRole('button', { name: 'Replace and import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  void workbench;
});
