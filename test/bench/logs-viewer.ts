import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { workspacePath } from '../../electron/core/config';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface ViewerFigures {
  filterMs: number;
  lastRecordMs: number;
  domRows: number;
  total: number;
}

/**
 * Opens the viewer over an existing store (moved into a data dir of its own) in `pwb ui` and a
 * headless Chromium, and times what the admin waits for: a status filter applied to the grid, and
 * jumping to the last record.
 */
export async function measureViewer(dbFile: string, dataDir: string): Promise<ViewerFigures> {
  fs.mkdirSync(dataDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(dbFile + suffix)) fs.renameSync(dbFile + suffix, workspacePath(dataDir) + suffix);
  const child = spawn(process.execPath, ['bin/pwb.mjs', 'ui', '--port', '0', '--no-open', '--data-dir', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let hostLog = '';
  child.stderr.on('data', (chunk: Buffer) => (hostLog += chunk.toString()));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`pwb ui printed no URL within 120 s:\n${out}`)), 120_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?secret=[0-9a-f]+/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      });
      child.on('exit', (code) => reject(new Error(`pwb ui exited with ${code}`)));
    });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(url);
    // A section chosen before the app has routed to a tenant is dropped (the route needs a tenant),
    // and on a big store the host answers the tenant list late: wait for it first.
    await page.waitForFunction(() => /^#\/[^/~]+/.test(location.hash), undefined, { timeout: 120_000 });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('tab', { name: 'Provisioning logs' }).click({ timeout: 120_000 });
    // On a store without a tenant the host seeds the sample tenant and writes its logs in the
    // background, after which every view reloads: a one-off of the first launch, not part of a filter.
    for (const deadline = Date.now() + 120_000; hostLog.includes('sample tenant seeded') && !hostLog.includes('sample provisioning logs written') && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await page.getByTestId('log-date').click();
    await page.getByRole('option', { name: 'All time', exact: true }).click();
    const rows = page.getByTestId('log-row');
    const counted = async () => Number(((await page.getByTestId('log-counts').locator('span').first().textContent({ timeout: 120_000 })) ?? '').replace(/[^\d]/g, ''));
    // The whole store counted (the 30-day count shown meanwhile has six digits too) and its first rows shown.
    await page.locator('[data-testid=log-counts][aria-busy=false]').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => /\d{6,} records/.test(document.querySelector('[data-testid=log-counts]')?.textContent?.replace(/,/g, '') ?? ''), undefined, { timeout: 120_000 });
    await rows.first().filter({ hasNotText: 'Loading' }).waitFor({ timeout: 120_000 });

    // A filter: from the click on "Failure" to the grid showing only failures with their count.
    await page.getByTestId('log-status').click();
    const option = page.getByRole('menuitemcheckbox', { name: 'Failure', exact: true });
    await option.waitFor();
    const before = await counted();
    const started = performance.now();
    await option.click();
    await page.waitForFunction(
      (previous) => {
        const first = document.querySelector('[data-testid=log-row]');
        const total = Number((document.querySelector('[data-testid=log-counts] span')?.textContent ?? '').replace(/[^\d]/g, ''));
        return total !== previous && first !== null && !first.textContent?.includes('Loading') && first.textContent?.includes('Failure');
      },
      before,
      { timeout: 60_000, polling: 'raf' },
    );
    const filterMs = performance.now() - started;
    await page.keyboard.press('Escape');
    const total = await counted();

    // The last record: End in the grid until its row is rendered with data.
    await page.getByRole('grid', { name: 'Provisioning-log records' }).focus();
    const endStarted = performance.now();
    await page.keyboard.press('End');
    await page.waitForFunction((n) => {
      const row = document.querySelector(`[aria-rowindex="${n + 1}"]`);
      return row !== null && !row.textContent?.includes('Loading');
    }, total, { timeout: 60_000, polling: 'raf' });
    const lastRecordMs = performance.now() - endStarted;
    const domRows = await rows.count();
    return { filterMs, lastRecordMs, domRows, total };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
