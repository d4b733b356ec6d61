import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { createLogger } from '../../electron/core/logger';
import { createFileSecretBox } from '../../electron/core/secrets/file-secret-box';
import { generateSampleTenant } from '../../sample-tenant';
import { serializeSnapshot } from '../../shared/snapshot/validate';
import { benchTenant } from './forecast-tenant';
import { median, type Figure } from './measure';

const USERS = 100_000;
// What an admin types: prefixes of a name, a surname and a number, a UPN, a mail, an object id, nothing that matches.
const KEYSTROKES = ['a', 'ad', 'ada', 'ada ', 'ada a', 'ada abe', 'tanaka', 'tanaka 4', 'tanaka 48', 'zara.zhou', 'wen.mori.4', '@bench', 'hana.park.', 'vogel 99', 'nobody-by-this-name'];

async function call<T>(core: Core, channel: string, request: unknown): Promise<T> {
  const handler = (core.handlers as unknown as Record<string, (r: unknown) => Promise<T>>)[channel]!;
  return handler(request);
}

/**
 * The user and group pickers (mapping preview, trial sync, predicted vs actual) on an app with
 * 100,000 assigned users, through the core's `trial:subjects` handler as the renderer calls it:
 * the first query (the population built from the workspace), then each keystroke of varied
 * searches with the renderer's page size; and the audit run, which no longer carries the population.
 * Input: the OfficeSpace app with ten groups covering 100,000 distinct users (names, UPNs, mails).
 */
export async function pickersBench(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-bench-pickers-'));
  const core = await createCore({ mode: 'cli', dataDir: dir, secrets: createFileSecretBox(dir), openExternal: async () => {} }, { logger: createLogger({ scope: 'bench', level: 'warn' }) });
  try {
    const sample = generateSampleTenant({ now: new Date() });
    const base = sample.servicePrincipals.find((s) => s.displayName === 'OfficeSpace Software')!;
    const tenant = benchTenant(base, USERS);
    const snapshot = { ...sample, users: tenant.users, groups: tenant.groups, servicePrincipals: [tenant.sp], provisioningLogs: [] };
    await call(core, 'snapshot:import', { fileName: 'bench-100k.json', text: serializeSnapshot(snapshot) });
    const ref = { tenantId: sample.tenant.id, appId: tenant.sp.id };

    let started = performance.now();
    const first = await call<{ total: number }>(core, 'trial:subjects', { ...ref, limit: 20 });
    const firstMs = performance.now() - started;
    if (first.total !== USERS + 10) throw new Error(`the picker saw ${first.total} objects, not ${USERS + 10}`);

    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const search of KEYSTROKES) {
        started = performance.now();
        await call(core, 'trial:subjects', { ...ref, limit: 20, search });
        times.push(performance.now() - started);
      }
    }
    started = performance.now();
    const run = await call<unknown>(core, 'audit:run', { ...ref });
    const auditMs = performance.now() - started;
    const auditKb = Buffer.byteLength(JSON.stringify(run)) / 1024;
    return [
      { name: 'First picker query on a 100,000-user app (population built from the workspace)', value: firstMs, unit: 'ms', max: 5000 },
      { name: `Picker keystroke, median of ${times.length} varied searches`, value: median(times), unit: 'ms', max: 50 },
      { name: 'Picker keystroke, slowest', value: Math.max(...times), unit: 'ms', max: 100 },
      { name: 'Mapping audit of that app (audit:run)', value: auditMs, unit: 'ms' },
      { name: 'audit:run answer sent to the renderer', value: auditKb, unit: 'KB', max: 200 },
    ];
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
