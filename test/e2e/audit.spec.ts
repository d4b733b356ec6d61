import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AuditPanel } from './pages/AuditPanel';
import { repoRoot } from './support/paths';
import { SAMPLE } from './support/sample';

const shots = path.join(repoRoot, 'test-results/screens');

async function shoot(page: Page, name: string, fullPage = true) {
  fs.mkdirSync(shots, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(shots, `audit-${name}.png`), animations: 'disabled', fullPage });
}

test.describe('Mapping audit', () => {
  test.use({ viewport: { width: 1500, height: 1000 } });

  test("Fabrikam's broken mapping: findings, preview with trace, SCIM JSON, editor and diff", async ({ workbench, page }) => {
    const detail = await workbench.openApp(SAMPLE.apps.generic);
    await detail.selectTab('Attribute mappings');
    const audit = new AuditPanel(page);
    await expect(audit.counts).toContainText('7 errors');
    await expect(audit.finding('target-attribute-rejected-in-logs')).toContainText('name.formatted');
    for (const rule of ['matching-attribute-missing', 'unknown-source-attribute', 'duplicate-target', 'active-not-from-soft-delete', 'required-target-unmapped']) {
      await expect(audit.finding(rule)).toBeVisible();
    }
    await expect(audit.finding('unknown-source-attribute')).toContainText('did you mean [department]?');

    // Preview: per-attribute values and the SCIM body for the first in-scope user.
    await expect(audit.previewRows.first()).toBeVisible();
    const displayName = audit.previewRow('displayName');
    await expect(displayName.getByText('Sent')).toBeVisible();
    await displayName.getByRole('button', { name: 'Show how displayName was computed' }).click();
    await expect(page.getByTestId('trace').first()).toContainText('[displayName]');
    await expect(audit.scimJson).toContainText('"schemas"');
    await expect(audit.scimJson).toContainText('"resourceType": "User"');
    await shoot(page, 'findings', false);
    await page.getByTestId('audit-preview').scrollIntoViewIfNeeded();
    await page.getByTestId('audit-preview').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, 'preview', false);

    // A finding opens its mapping in the editor, which evaluates live for the chosen user.
    await audit.finding('unknown-source-attribute').getByRole('button', { name: /Show mapping/ }).click();
    await expect(audit.editorInput).toHaveValue('[departmnet]');
    await expect(page.getByTestId('expression-value')).toHaveText('null');
    await expect(audit.editorResult).toContainText('did you mean [department]?');
    await audit.editorInput.fill('[department]');
    await expect(page.getByTestId('expression-value')).not.toHaveText('null');

    // Live error at the right position, with a mark in the highlighted text.
    await audit.editorInput.fill('Append([department], "x"');
    await expect(audit.editorError).toContainText("line 1, column 7: missing ')' to close Append(");
    await expect(audit.editorHighlight.locator('[data-error]')).toHaveText('(');
    await shoot(page, 'editor-error', false);

    // Keystroke → result latency, measured in the page and printed (the figure); not asserted,
    // since timing bars belong in benchmarks, not in tests on a shared machine.
    await audit.editorInput.fill('Join(" ", [givenName], [surname]');
    const latencies: number[] = [];
    for (const key of [')', 'Backspace', ')', 'Backspace', ')', 'Backspace', ')', 'Backspace', ')']) {
      await audit.editorResult.evaluate((el) => delete (el as HTMLElement).dataset.latencyMs);
      await audit.editorInput.press(key);
      await expect(audit.editorResult).toHaveAttribute('data-latency-ms', /\d/);
      latencies.push(Number(await audit.editorResult.getAttribute('data-latency-ms')));
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const medianMs = sorted[Math.floor(sorted.length / 2)]!;
    console.log(`[audit] expression editor keystroke → result painted: ${latencies.map((l) => l.toFixed(1)).join(', ')} ms (median ${medianMs.toFixed(1)} ms, worst ${sorted[sorted.length - 1]!.toFixed(1)} ms, bar 50 ms)`);
    await expect(audit.editorResult).toHaveAttribute('data-kind', 'value');

    // Diff against the recommended mapping.
    await audit.compareButton.click();
    const dialog = page.getByRole('dialog', { name: 'Compare mappings' });
    await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(dialog.getByTestId('diff-result')).toBeVisible();
    await expect(dialog.locator('[data-testid="diff-row"][data-change="changed"]').first()).toBeVisible();
    await shoot(page, 'diff', false);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  test('reports export as Markdown, CSV and HTML, and the vendor profile can be switched', async ({ workbench, page }) => {
    const detail = await workbench.openApp(SAMPLE.apps.howspace);
    await detail.selectTab('Attribute mappings');
    const audit = new AuditPanel(page);
    await expect(audit.counts).toContainText('0 errors');
    await expect(audit.finding('nested-group-assignment')).toBeVisible();
    for (const [label, suffix] of [['Markdown (.md)', '.md'], ['CSV for spreadsheets (.csv)', '.csv'], ['Printable HTML (.html)', '.html']] as const) {
      await audit.exportButton.click();
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: label }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`audit-Howspace${suffix}`);
    }
    await page.getByTestId('profile-picker').click();
    await page.getByRole('option', { name: 'No vendor profile' }).click();
    await expect(page.getByTestId('profile-picker')).toContainText('No vendor profile');

    // Export the app as a snapshot, then compare the workspace with it: nothing differs.
    const snapshotDownload = page.waitForEvent('download');
    await detail.exportButton.click();
    const snapshotFile = await (await snapshotDownload).path();
    await audit.compareButton.click();
    const dialog = page.getByRole('dialog', { name: 'Compare mappings' });
    await dialog.getByRole('radio', { name: /snapshot file/ }).check();
    await dialog.getByTestId('diff-file').setInputFiles(snapshotFile);
    await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(dialog.getByTestId('diff-result')).toContainText('0 changed, 0 only on the left, 0 only on the right');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  test("the Update preview is the engine's PATCH against the local endpoint's object or an edited copy", async ({ workbench, page }) => {
    const detail = await workbench.openApp(SAMPLE.apps.howspace);
    await detail.selectTab('Attribute mappings');
    const audit = new AuditPanel(page);
    await expect(page.getByTestId('plan-request-line')).toHaveText('POST /Users');
    await page.getByRole('radio', { name: 'Update' }).check();
    const target = page.getByTestId('update-target');
    await expect(target.getByRole('radio', { name: 'An empty object (nothing provisioned yet)' })).toBeChecked();
    // Against an empty object every mapped value is added, one operation each in the default dialect.
    await expect(page.getByTestId('plan-request-line')).toHaveText('PATCH /Users/{id}');
    await expect(audit.scimJson).toContainText('"op": "Add"');
    await page.getByTestId('dialect-picker').click();
    await page.getByRole('option', { name: 'aadOptscim062020' }).click();
    await expect(audit.scimJson).toContainText('"op": "replace"');
    await target.getByRole('radio', { name: 'An edited copy' }).check();
    await expect(page.getByTestId('target-object-editor')).toHaveValue('{}');
  });

  test('dark theme and a group preview', async ({ workbench, page }) => {
    await workbench.setTheme('dark');
    const detail = await workbench.openApp(SAMPLE.apps.officeRnd);
    await detail.selectTab('Attribute mappings');
    const audit = new AuditPanel(page);
    await expect(audit.counts).toBeVisible();
    await audit.objectPicker.fill('');
    // The picker searches the population (name, UPN, mail or id); a group's detail counts its members.
    await page.getByTestId('object-picker-options').getByRole('option').filter({ hasText: 'direct member' }).first().click();
    await expect(audit.previewRow('externalId')).toBeVisible();
    await expect(audit.scimJson).toContainText('"resourceType": "Group"');
    await shoot(page, 'dark-group');
  });
});
