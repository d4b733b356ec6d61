import type { Locator, Page } from '@playwright/test';

/** The mapping audit on the "Attribute mappings" tab. */
export class AuditPanel {
  readonly root: Locator;
  readonly counts: Locator;
  readonly findings: Locator;
  readonly objectPicker: Locator;
  readonly previewRows: Locator;
  readonly scimJson: Locator;
  readonly editorInput: Locator;
  readonly editorResult: Locator;
  readonly editorError: Locator;
  readonly editorHighlight: Locator;
  readonly mappingPicker: Locator;
  readonly compareButton: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('audit');
    this.counts = page.getByTestId('audit-counts');
    this.findings = page.getByTestId('finding');
    this.objectPicker = page.getByTestId('object-picker');
    this.previewRows = page.getByTestId('preview-row');
    this.scimJson = page.getByTestId('scim-json');
    this.editorInput = page.getByTestId('expression-input');
    this.editorResult = page.getByTestId('expression-result');
    this.editorError = page.getByTestId('expression-error');
    this.editorHighlight = page.getByTestId('editor-highlight');
    this.mappingPicker = page.getByTestId('mapping-picker');
    this.compareButton = page.getByRole('button', { name: 'Compare mappings' });
    this.exportButton = page.getByRole('button', { name: 'Export report' });
  }

  finding(ruleId: string): Locator {
    return this.page.locator(`[data-testid="finding"][data-rule="${ruleId}"]`);
  }

  previewRow(target: string): Locator {
    return this.page.locator(`[data-testid="preview-row"][data-target="${target.replace(/"/g, '\\"')}"]`);
  }

  async pickObject(name: string): Promise<void> {
    await this.objectPicker.click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }
}
