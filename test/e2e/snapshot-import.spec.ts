import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { repoRoot } from './support/paths';
import { SAMPLE } from './support/sample';

const OTHER_TENANT_ID = '5b0c4a1e-7d2f-4c39-9a6e-2f81d3c4b5a6';

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pwb-e2e-snapshot-'));
  execFileSync(process.execPath, [path.join(repoRoot, 'bin/pwb.mjs'), 'snapshot', 'export', '--sample', path.join(dir, 'sample.json')], { cwd: repoRoot });
  const snapshot = JSON.parse(await readFile(path.join(dir, 'sample.json'), 'utf8'));
  snapshot.tenant.id = OTHER_TENANT_ID;
  snapshot.tenant.displayName = 'Northwind Traders';
  await writeFile(path.join(dir, 'northwind.json'), JSON.stringify(snapshot));
  snapshot.users[0].accountEnabled = 'yes';
  // Graph's shapes are read liberally (a missing display name reads as empty); a missing object id cannot be.
  delete snapshot.users[1].id;
  await writeFile(path.join(dir, 'broken.json'), JSON.stringify(snapshot));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a snapshot file imported from the tenant home becomes a tenant of its own', async ({ workbench }) => {
  await workbench.page.getByTestId('snapshot-file-input').setInputFiles(path.join(dir, 'northwind.json'));
  await expect(workbench.tenantPicker).toHaveValue(OTHER_TENANT_ID);
  await expect(workbench.tenantHome.getByRole('heading', { level: 2 })).toHaveText('Northwind Traders');
  expect(await workbench.appNames()).toEqual(expect.arrayContaining([...SAMPLE.appNames]));
});

test('a snapshot with problems is refused with each problem’s JSON path and changes nothing', async ({ workbench }) => {
  await workbench.page.getByTestId('snapshot-file-input').setInputFiles(path.join(dir, 'broken.json'));
  const error = workbench.errorMessages.first();
  await expect(error).toContainText('broken.json was not imported; the workspace is unchanged');
  await expect(error).toContainText('users[0].accountEnabled');
  await expect(error).toContainText('users[1].id');
  await expect(workbench.tenantPicker.locator('option')).toHaveCount(1);
  await workbench.page.screenshot({ path: 'test-results/screens/snapshot-import-refused.png', fullPage: true });
});
