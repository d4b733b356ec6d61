import type { Locator, Page } from '@playwright/test';

export class MappingsPanel {
  readonly root: Locator;
  readonly objectMappings: Locator;
  readonly schemaButton: Locator;
  readonly schemaDialog: Locator;
  readonly schemaJson: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('mappings');
    this.objectMappings = page.getByTestId('object-mapping');
    this.schemaButton = page.getByRole('button', { name: 'View schema JSON' });
    this.schemaDialog = page.getByRole('dialog', { name: /^Synchronization schema/ });
    this.schemaJson = page.getByTestId('schema-json');
  }

  objectMapping(name: string | RegExp): Locator {
    return this.objectMappings.filter({ has: this.page.getByRole('heading', { name }) });
  }

  /** The attribute-mapping row whose target is `targetAttribute`, inside one object mapping. */
  attributeRow(objectMapping: Locator, targetAttribute: string): Locator {
    return objectMapping.locator(`[data-testid="attribute-mapping"][data-target="${targetAttribute.replace(/"/g, '\\"')}"]`);
  }

  scope(objectMapping: Locator): Locator {
    return objectMapping.getByTestId('scope');
  }
}
