import { test as base } from '@playwright/test';
import { startHost, type RunningHost } from './support/host';
import { WorkbenchPage } from './pages/WorkbenchPage';

interface Fixtures {
  /** A `pwb ui` process of this test's own, on a fresh temp data dir; stopped after the test. */
  host: RunningHost;
  /** The workbench, signed in through the host's one-time URL, with the app list loaded. */
  workbench: WorkbenchPage;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies.
  host: async ({}, use) => {
    const host = await startHost();
    try {
      await use(host);
    } finally {
      await host.stop();
    }
  },
  workbench: async ({ page, host }, use) => {
    const workbench = new WorkbenchPage(page);
    await workbench.signIn(host.signInUrl);
    await use(workbench);
  },
});

export { expect } from '@playwright/test';
