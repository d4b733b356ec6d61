import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { createLogger } from '../../electron/core/logger';
import { createFileSecretBox } from '../../electron/core/secrets/file-secret-box';
import { SAMPLE_TENANT_ID } from '../../sample-tenant';
import type { ScenarioName } from '../../shared/sync';
import { median, type Figure } from './measure';

const FIRST_RUNS = 100;
const STORIES = 10;
// Each scenario changes the user as the workspace holds them; Entra's state and the target carry the story.
const STORY: ScenarioName[] = ['first', 'change', 'disable', 'restore', 'role-change', 'group-add', 'unassign', 'first', 'soft-delete', 'hard-delete'];

async function call<T>(core: Core, channel: string, request: unknown): Promise<T> {
  const handler = (core.handlers as unknown as Record<string, (r: unknown) => Promise<T>>)[channel]!;
  return handler(request);
}

/**
 * Trial sync in process, through the core's handler (state read and written in the workspace, the
 * run stored, its log records indexed) against the app's local SCIM endpoint over loopback HTTP.
 * Input: the sample tenant's Howspace app; every run is a different in-scope user (the sample's
 * users differ in every attribute), the target and Entra's state reset when the users run out.
 */
export async function trialBench(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-bench-trial-'));
  const core = await createCore({ mode: 'cli', dataDir: dir, secrets: createFileSecretBox(dir), openExternal: async () => {} }, { logger: createLogger({ scope: 'bench', level: 'warn' }) });
  try {
    const apps = await call<Array<{ id: string; displayName: string }>>(core, 'apps:list', { tenantId: SAMPLE_TENANT_ID });
    const app = apps.find((a) => a.displayName === 'Howspace')!;
    const ref = { tenantId: SAMPLE_TENANT_ID, appId: app.id };
    const subjects = await call<{ items: Array<{ id: string; inScope: boolean }> }>(core, 'trial:subjects', { ...ref, kind: 'User', limit: 500 });
    const users = subjects.items.filter((s) => s.inScope).map((s) => s.id);
    const run = (userId: string, name: ScenarioName, set?: Record<string, string>) =>
      call<{ status: string }>(core, 'trial:run', { ...ref, subject: { kind: 'User', id: userId }, scenario: { name, ...(set ? { set } : {}) }, target: { kind: 'local' }, dialect: 'default', dryRun: false, legacyDefaultAccess: false });
    const reset = () => call(core, 'trial:resetState', { ...ref, target: { kind: 'local' }, clearLocalTarget: true });

    // Warm-up: start the endpoint, compile the mapping, open the connections.
    await run(users[0]!, 'first');
    await reset();
    const firsts: number[] = [];
    for (let i = 0; i < FIRST_RUNS; i++) {
      const user = users[i % users.length]!;
      if (i > 0 && i % users.length === 0) await reset();
      const started = performance.now();
      await run(user, 'first');
      firsts.push(performance.now() - started);
    }
    await reset();
    const stories: number[] = [];
    for (let i = 0; i < STORIES; i++) {
      const user = users[i % users.length]!;
      const started = performance.now();
      for (const scenario of STORY) await run(user, scenario, scenario === 'change' ? { givenName: `Bench ${i}` } : undefined);
      stories.push(performance.now() - started);
    }
    return [
      { name: `trial sync: one user's first run, median of ${FIRST_RUNS} (${users.length} users)`, value: median(firsts), unit: 'ms', max: 50 },
      { name: `trial sync: ten scenarios in sequence, median of ${STORIES}`, value: median(stories), unit: 'ms', max: 500 },
    ];
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
