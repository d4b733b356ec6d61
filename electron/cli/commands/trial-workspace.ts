import fs from 'node:fs';
import { findApp } from '../../../shared/audit';
import { AppError } from '../../../shared/errors';
import type { AppSummary, TenantSummary } from '../../../shared/ipc/dto/apps';
import type { Core } from '../../core';
import { SAMPLE_TENANT_ID } from '../../../sample-tenant/tenant';
import { UsageError, type CliIO } from '../cli-context';
import { openCore } from '../open-core';
import type { Where } from './trial-args';

export interface TrialWorkspace {
  core: Core;
  tenant: TenantSummary;
  app: AppSummary;
}

/**
 * A snapshot file is imported into the workspace (apps replaced, users and groups upserted, log
 * records already stored skipped: importing it again adds nothing), so that Entra's side of the
 * state, kept in the workspace, carries on from one command to the next.
 */
async function importSnapshot(core: Core, io: CliIO, file: string): Promise<string> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const summary = await core.handlers['snapshot:import']({ fileName: file, text });
  io.err(`Imported ${file} into the workspace: ${summary.tenantName}, ${summary.apps} app(s).`);
  return summary.tenantId;
}

async function appIn(core: Core, tenant: TenantSummary, app: string): Promise<AppSummary | undefined> {
  return findApp(await core.handlers['apps:list']({ tenantId: tenant.id }), app);
}

async function noSuchApp(core: Core, tenant: TenantSummary, app: string): Promise<never> {
  const names = (await core.handlers['apps:list']({ tenantId: tenant.id })).map((a) => a.displayName);
  throw new AppError('NOT_FOUND', `no app called "${app}" with provisioning in ${tenant.displayName} (apps: ${names.join(', ') || 'none'}).`);
}

/** The tenant and app a trial runs on: the snapshot's tenant, the named tenant, else the sample (or the one tenant that has the app). */
async function locate(core: Core, io: CliIO, where: Where): Promise<{ tenant: TenantSummary; app: AppSummary }> {
  const importedId = where.snapshot !== undefined ? await importSnapshot(core, io, where.snapshot) : undefined;
  const tenants = await core.handlers['tenants:list']({});
  if (importedId !== undefined || where.tenant !== undefined) {
    const wanted = (importedId ?? where.tenant!).toLowerCase();
    const tenant = tenants.find((t) => t.id.toLowerCase() === wanted || t.displayName.toLowerCase() === wanted);
    if (!tenant) throw new AppError('NOT_FOUND', `there is no tenant "${where.tenant}" in the workspace (pwb workspace info lists them).`);
    const app = await appIn(core, tenant, where.app);
    return app ? { tenant, app } : noSuchApp(core, tenant, where.app);
  }
  const sample = tenants.find((t) => t.id === SAMPLE_TENANT_ID);
  const sampleApp = sample ? await appIn(core, sample, where.app) : undefined;
  if (sample && sampleApp) return { tenant: sample, app: sampleApp };
  const found: Array<{ tenant: TenantSummary; app: AppSummary }> = [];
  for (const tenant of tenants) {
    const app = tenant === sample ? undefined : await appIn(core, tenant, where.app);
    if (app) found.push({ tenant, app });
  }
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw new UsageError(`"${where.app}" is an app in several tenants (${found.map((f) => `${f.tenant.displayName} ${f.tenant.id}`).join('; ')}); pick one with --tenant ID.`);
  return sample ? noSuchApp(core, sample, where.app) : Promise.reject(new AppError('NOT_FOUND', `no app called "${where.app}" with provisioning in the workspace.`));
}

/** Opens the workspace and finds the app; the caller closes `core` (it stops the app's local endpoint). */
export async function openTrialWorkspace(io: CliIO, where: Where): Promise<TrialWorkspace> {
  const core = await openCore(io, where.dataDir);
  try {
    return { core, ...(await locate(core, io, where)) };
  } catch (error) {
    await core.close();
    throw error;
  }
}
