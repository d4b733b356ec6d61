import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../../../shared/ipc/contract';
import type { CoreContext } from '../../../../../electron/core/core-context';
import { EventHub } from '../../../../../electron/core/events';
import { createLogger } from '../../../../../electron/core/logger';
import { createFileSecretBox } from '../../../../../electron/core/secrets/file-secret-box';
import { createAuthFeature } from '../../../../../electron/core/auth/auth-feature';
import { createTenantFeature } from '../../../../../electron/core/tenant/tenant-feature';
import { startFakeEntra, type FakeEntra } from '../../../../fakes/entra/fake-entra';
import { startFakeGraph, type FakeGraph } from '../../../../fakes/graph/fake-graph';
import { FAKE_TENANT_ID, FAKE_TENANT_NAME } from '../../../../fakes/graph/fake-tenant';
import { tempWorkspace } from '../workspace-fixture';

let entra: FakeEntra;
let graph: FakeGraph;
let ws: ReturnType<typeof tempWorkspace>;
let events: AppEvent[];
let feature: { handlers: ReturnType<typeof createAuthFeature>['handlers'] & ReturnType<typeof createTenantFeature>['handlers'] };

beforeAll(async () => {
  entra = await startFakeEntra();
  graph = await startFakeGraph({ pageSize: 10 });
});
afterAll(async () => {
  await entra.close();
  await graph.close();
});
beforeEach(() => {
  ws = tempWorkspace();
  events = [];
  const hub = new EventHub();
  hub.subscribe((event) => events.push(event));
  const ctx: CoreContext = {
    platform: { mode: 'browser', dataDir: ws.dir, secrets: createFileSecretBox(ws.dir), openExternal: async () => undefined },
    workspace: ws.workspace,
    workspaceFile: `${ws.dir}/workspace.sqlite`,
    events: hub,
    logger: createLogger({ sink: () => undefined }),
    version: 'test',
    now: () => new Date(),
    onClose: () => undefined,
  };
  const auth = createAuthFeature(ctx, { PWB_AUTHORITY_ENDPOINT: entra.url, PWB_GRAPH_ENDPOINT: graph.url });
  feature = { handlers: { ...auth.handlers, ...createTenantFeature(ctx, auth.auth).handlers } };
});
afterEach(() => ws.dispose());

async function signIn(): Promise<void> {
  const prompt = await feature.handlers['auth:startDeviceCode']({ write: false });
  await feature.handlers['auth:completeDeviceCode']({ flowId: prompt.flowId });
}

describe('auth:* and tenant:* handlers', () => {
  it('offers only device code in browser mode, and notes the weaker token protection', async () => {
    const status = await feature.handlers['auth:status']({});
    expect(status.interactiveAvailable).toBe(false);
    expect(status.osProtected).toBe(false);
    expect(status.cacheProtection).toContain('less protected');
  });

  it('refuses to refresh before anyone signs in', async () => {
    await expect(feature.handlers['tenant:refresh']({ taskId: 't0' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refreshes the signed-in tenant with progress events, then reports when it was fetched', async () => {
    await signIn();
    const result = await feature.handlers['tenant:refresh']({ taskId: 't1' });
    expect(result).toMatchObject({ tenantId: FAKE_TENANT_ID, tenantName: FAKE_TENANT_NAME, apps: 5 });
    const progress = events.filter((event): event is Extract<AppEvent, { type: 'progress' }> => event.type === 'progress' && event.taskId === 't1');
    expect(progress.some((event) => event.label === 'Finding apps with provisioning' && event.total !== null)).toBe(true);
    expect(progress.at(-1)?.finished).toBe(true);
    expect(events).toContainEqual({ type: 'workspace:changed', tenantId: FAKE_TENANT_ID });
    const status = await feature.handlers['tenant:status']({});
    expect(status).toMatchObject({ inWorkspace: true, tenantName: FAKE_TENANT_NAME, fetchedAt: result.fetchedAt, running: null, lastError: null });
    expect(JSON.stringify([status, await feature.handlers['auth:status']({})])).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
  });

  it('cancels a running refresh and keeps nothing half-written', async () => {
    await signIn();
    const pending = feature.handlers['tenant:refresh']({ taskId: 't2' });
    const unsubscribe = (() => {
      const timer = setInterval(() => {
        if (events.some((event) => event.type === 'progress' && event.taskId === 't2' && event.label.startsWith('Finding'))) {
          void feature.handlers['tenant:cancel']({ taskId: 't2' });
          clearInterval(timer);
        }
      }, 1);
      return () => clearInterval(timer);
    })();
    await expect(pending).rejects.toThrow(/cancelled/);
    unsubscribe();
    expect(ws.workspace.tenants.get(FAKE_TENANT_ID)).toBeUndefined();
  });

  it('keeps the permission failure for the UI', async () => {
    await signIn();
    graph.failNext('/servicePrincipals', 403);
    await expect(feature.handlers['tenant:refresh']({ taskId: 't3' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const status = await feature.handlers['tenant:status']({});
    expect(status.lastError?.message).toContain('Application.Read.All');
  });
});

describe('interactive sign-in in the desktop app', () => {
  it('falls back to advising a device code when the system browser cannot be opened', async () => {
    const hub = new EventHub();
    const ctx: CoreContext = {
      platform: { mode: 'electron', dataDir: ws.dir, secrets: createFileSecretBox(ws.dir), openExternal: async () => Promise.reject(new Error('not allow-listed')) },
      workspace: ws.workspace,
      workspaceFile: `${ws.dir}/workspace.sqlite`,
      events: hub,
      logger: createLogger({ sink: () => undefined }),
      version: 'test',
      now: () => new Date(),
      onClose: () => undefined,
    };
    const desktop = createAuthFeature(ctx, { PWB_AUTHORITY_ENDPOINT: entra.url });
    expect((await desktop.handlers['auth:status']({})).interactiveAvailable).toBe(true);
    await expect(desktop.handlers['auth:signInInteractive']({ write: false })).rejects.toThrow(/device code/);
  });
});
