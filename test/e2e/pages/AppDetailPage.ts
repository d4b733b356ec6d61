import { expect, type Locator, type Page } from '@playwright/test';
import { AssignmentsPanel } from './AssignmentsPanel';
import { MappingsPanel } from './MappingsPanel';
import { OverviewPanel } from './OverviewPanel';

export type TabName = 'Overview' | 'Users and groups' | 'Attribute mappings' | 'Trial sync';

/** The right pane for one app: its title, the export button and the four tabs. */
export class AppDetailPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly tabList: Locator;
  readonly panel: Locator;
  readonly exportButton: Locator;
  readonly overview: OverviewPanel;
  readonly assignments: AssignmentsPanel;
  readonly mappings: MappingsPanel;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('app-detail');
    this.title = this.root.locator('#app-title');
    this.tabList = page.getByRole('tablist', { name: 'App details' });
    this.panel = page.getByRole('tabpanel');
    this.exportButton = page.getByRole('button', { name: 'Export snapshot' });
    this.overview = new OverviewPanel(page);
    this.assignments = new AssignmentsPanel(page);
    this.mappings = new MappingsPanel(page);
  }

  tab(name: TabName): Locator {
    return this.tabList.getByRole('tab', { name });
  }

  async selectTab(name: TabName): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }
}
