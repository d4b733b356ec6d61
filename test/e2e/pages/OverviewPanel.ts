import type { Locator, Page } from '@playwright/test';

export class OverviewPanel {
  readonly root: Locator;
  readonly quarantineBanner: Locator;
  readonly schedule: Locator;
  readonly lastCycle: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('overview');
    this.quarantineBanner = page.getByTestId('quarantine-banner');
    this.schedule = page.getByTestId('job-schedule');
    this.lastCycle = page.getByTestId('last-cycle');
  }
}
