import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { LogsPage } from './pages/LogsPage';
import { dragFileOver, dropFiles } from './support/drop';
import { repoRoot } from './support/paths';

// Issue 17, item 2: files dropped onto the logs view are imported (uploaded in browser mode, within its limit).
let records: unknown[];
test.beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-e2e-drop-'));
  try {
    const file = path.join(dir, 'sample.json');
    execFileSync(process.execPath, [path.join(repoRoot, 'bin/pwb.mjs'), 'snapshot', 'export', '--sample', file], { cwd: repoRoot });
    const logs = (JSON.parse(fs.readFileSync(file, 'utf8')) as { provisioningLogs: Array<{ id: string }> }).provisioningLogs;
    // New ids: records the workspace does not hold yet.
    records = logs.slice(0, 25).map((record) => ({ ...record, id: `dropped-${record.id}` }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a log file dropped onto the logs view is imported, and the counts follow', async ({ workbench, page }) => {
  const logs = new LogsPage(page);
  await logs.open();
  await logs.chooseDate('All time');
  const before = await logs.waitForTotalChange(0);

  await dropFiles(logs.root, [{ name: 'dropped.json', text: JSON.stringify(records) }]);
  await expect(logs.importResult).toContainText('Imported: 25 new, 0 already stored, 0 rejected');
  await expect.poll(() => logs.total()).toBe(before + 25);

  // The same file again: everything is already stored.
  await dropFiles(logs.root, [{ name: 'dropped.json', text: JSON.stringify(records) }]);
  await expect(logs.importResult).toContainText('Imported: 0 new, 25 already stored, 0 rejected');
  void workbench;
});

test('a drop larger than browser mode uploads is refused before anything is sent, naming the desktop app and the CLI', async ({ workbench, page }) => {
  const logs = new LogsPage(page);
  await logs.open();
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/invoke/logs:import')) sent.push(request.url());
  });
  await dropFiles(logs.root, [{ name: 'huge.json', bytes: 61 * 1024 * 1024 }]);
  await expect(logs.importResult).toContainText('Nothing was imported');
  await expect(logs.importResult).toContainText('This file holds 61 MB; up to 60 MB can be uploaded in browser mode.');
  await expect(logs.importResult).toContainText('pwb logs import FILE...');
  expect(sent).toEqual([]);
  void workbench;
});

test('files dragged over the logs view outline it as a drop target, in both themes and at both window sizes', async ({ workbench, page }) => {
  const logs = new LogsPage(page);
  await logs.open();
  await dragFileOver(logs.root, 'audit.json');
  await expect(logs.root).toHaveCSS('outline-style', 'dashed');
  for (const theme of ['light', 'dark'] as const) {
    await workbench.setTheme(theme);
    for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(size);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `test-results/screens/logs-drop-${theme}-${size.width}x${size.height}.png`, animations: 'disabled' });
    }
  }
  void workbench;
});
