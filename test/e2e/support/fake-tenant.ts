import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { SignInPage } from '../pages/SignInPage';
import type { WorkbenchPage } from '../pages/WorkbenchPage';
import { startFakeEntra, type FakeEntra } from '../../fakes/entra/fake-entra';
import { startFakeGraph, type FakeGraph } from '../../fakes/graph/fake-graph';
import { FAKE_TENANT_NAME } from '../../fakes/graph/fake-tenant';

export interface FakeServices {
  entra: FakeEntra;
  graph: FakeGraph;
}

/**
 * Starts the fake Entra and Graph on 127.0.0.1 for the tests of the calling file (or describe block);
 * each test's host inherits PWB_AUTHORITY_ENDPOINT / PWB_GRAPH_ENDPOINT, so its sign-in and Graph
 * reads go to them. The returned object is filled in before the first test runs.
 */
export function useFakeTenant(): FakeServices {
  const services = {} as FakeServices;
  test.beforeAll(async () => {
    services.entra = await startFakeEntra();
    services.graph = await startFakeGraph();
    process.env.PWB_AUTHORITY_ENDPOINT = services.entra.url;
    process.env.PWB_GRAPH_ENDPOINT = services.graph.url;
  });
  test.afterAll(async () => {
    delete process.env.PWB_AUTHORITY_ENDPOINT;
    delete process.env.PWB_GRAPH_ENDPOINT;
    await services.entra?.close();
    await services.graph?.close();
  });
  return services;
}

/** Signs in with a device code (write access on request), reads the fake tenant and opens its apps. */
export async function signInToFakeTenant(workbench: WorkbenchPage, page: Page, options: { write?: boolean } = {}): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.open();
  if (options.write) {
    await signIn.writeSwitch.click();
    await expect(signIn.writeSwitch).toBeChecked();
  }
  await signIn.deviceCodeButton.click();
  await expect(signIn.accounts).toHaveCount(1, { timeout: 15_000 });
  await signIn.readTenantButton.click();
  await expect(signIn.refreshResult).toContainText(`Read ${FAKE_TENANT_NAME}`, { timeout: 30_000 });
  await signIn.openAppsButton.click();
  await expect(workbench.tenantPicker.locator('option:checked')).toHaveText(FAKE_TENANT_NAME);
}
