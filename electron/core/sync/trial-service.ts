import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { TrialRunSummary, TrialStateView, TrialSubjectOption, TrialTarget } from '../../../shared/ipc/contracts/trial';
import { appPopulation, type AppPopulation } from '../../../shared/mapping/app-population';
import { PopulationSearch } from '../../../shared/mapping/population-search';
import { vendorProfileOf } from '../../../shared/vendors';
import type { ServicePrincipalSnapshot, SnapshotJob } from '../../../shared/snapshot/schema';
import { fillLanded } from '../../../shared/sync/landed';
import { evaluateScope } from '../../../shared/sync/scope';
import { sourceAttributesRead, sourceObjectOf } from '../../../shared/sync/source-view';
import { runTrial, sourceDirectoryOf, type Dialect, type Scenario, type ScimTransport, type SourceDirectory, type TrialRun, type TrialSubject } from '../../../shared/sync';
import { ODATA_TYPE_USER } from '../../../shared/graph/group';
import type { WorkspaceDb } from '../db/workspace-db';
import type { TrialScope } from '../db/repositories/trial';
import type { LogsService } from '../logs/logs-service';
import { exportSnapshot } from '../workspace/export-snapshot';
import { createHttpTransport, normalizeTenantUrl } from './http-transport';
import type { LocalTargets } from './local-targets';

interface AppContext {
  key: string;
  sp: ServicePrincipalSnapshot;
  job: SnapshotJob;
  directory: SourceDirectory;
  population: AppPopulation;
  search: PopulationSearch;
  profileId: string;
}

export interface TrialRequest {
  tenantId: string;
  appId: string;
  subject: TrialSubject;
  scenario: Scenario;
  target: TrialTarget;
  dialect: Dialect;
  dryRun: boolean;
  legacyDefaultAccess: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

/** Trial sync over the workspace: the app as read (sample, snapshot or Graph), Entra's state per target, runs kept for comparison. */
export class TrialService {
  private cached: AppContext | null = null;

  constructor(
    private readonly workspace: WorkspaceDb,
    private readonly logs: LogsService,
    private readonly targets: LocalTargets,
    private readonly now: () => Date,
  ) {}

  private context(tenantId: string, appId: string): AppContext {
    const row = this.workspace.apps.get(tenantId, appId);
    if (!row) throw new AppError('NOT_FOUND', `There is no app ${appId} in this tenant. Refresh the app list.`);
    const key = `${tenantId}\u0000${appId}\u0000${row.fetched_at}`;
    if (this.cached?.key === key) return this.cached;
    const snapshot = exportSnapshot(this.workspace, tenantId, appId, this.now());
    const sp = snapshot.servicePrincipals[0]!;
    const job = sp.synchronization.jobs[0];
    if (!job) throw new AppError('NOT_FOUND', `${sp.displayName ?? appId} has no provisioning job, so there is no cycle to run.`);
    const objectMappings = job.schema.synchronizationRules.flatMap((r) => r.objectMappings);
    const population = appPopulation(sp, snapshot, objectMappings);
    this.cached = {
      key,
      sp,
      job,
      directory: sourceDirectoryOf(sp, snapshot),
      population,
      search: new PopulationSearch(population.members),
      profileId: vendorProfileOf(job.templateId, sp.displayName) ?? 'generic',
    };
    return this.cached;
  }

  subjects(tenantId: string, appId: string, search: string | undefined, kind: 'User' | 'Group' | undefined, limit = 100): { total: number; items: TrialSubjectOption[] } {
    return this.context(tenantId, appId).search.search(search, kind, limit);
  }

  groupMembers(tenantId: string, appId: string, groupId: string) {
    const ctx = this.context(tenantId, appId);
    const group = ctx.directory.groups.get(groupId);
    if (!group) throw new AppError('NOT_FOUND', `There is no group ${groupId} assigned to this app.`);
    const userMapping = ctx.job.schema.synchronizationRules[0]?.objectMappings.find((m) => !/group$/i.test(m.sourceObjectName));
    return group.members.map((member) => {
      const user = ctx.directory.users.get(member.id);
      const isUser = member['@odata.type'] === ODATA_TYPE_USER;
      const source = isUser ? sourceObjectOf(ctx.directory, 'User', member.id) : null;
      return {
        id: member.id,
        displayName: user?.displayName ?? member.displayName ?? member.id,
        userPrincipalName: user?.userPrincipalName ?? member.userPrincipalName ?? '',
        inScope: !!source && evaluateScope(ctx.directory, 'User', member.id, source, userMapping?.scope, { syncAll: false, legacyDefaultAccess: false }).inScope,
        nested: !isUser,
      };
    });
  }

  source(tenantId: string, appId: string, kind: 'User' | 'Group', objectId: string) {
    const ctx = this.context(tenantId, appId);
    const source = sourceObjectOf(ctx.directory, kind, objectId);
    if (!source) throw new AppError('NOT_FOUND', `There is no ${kind.toLowerCase()} ${objectId} for this app.`);
    const mapping = ctx.job.schema.synchronizationRules[0]?.objectMappings.find((m) => /group$/i.test(m.sourceObjectName) === (kind === 'Group'));
    return { attributes: source, mappedAttributes: mapping ? sourceAttributesRead(mapping) : [] };
  }

  private scopeOf(tenantId: string, appId: string, target: { kind: 'local' } | { kind: 'url'; baseUrl: string }): TrialScope {
    return { tenantId, appId, targetKey: target.kind === 'local' ? 'local' : normalizeTenantUrl(target.baseUrl) };
  }

  private async transportFor(request: TrialRequest, ctx: AppContext): Promise<{ transport: ScimTransport; target: TrialRun['target'] }> {
    const target = request.target;
    if (target.kind === 'local') {
      const profileId = target.profileId ?? ctx.profileId;
      const local = await this.targets.get(request.tenantId, request.appId, profileId);
      return {
        transport: createHttpTransport({ baseUrl: local.tenantUrl, token: local.token, timeoutMs: 10_000 }),
        target: { kind: 'local', baseUrl: local.tenantUrl, profileId: local.profileId, name: `Local SCIM endpoint (${profileId})` },
      };
    }
    const url = new URL(target.baseUrl);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
      throw new AppError('BAD_REQUEST', `The SCIM URL must use https (plain http is allowed only on this machine, 127.0.0.1): ${url.protocol}//${url.host} would send the token unencrypted.`);
    }
    if (!request.dryRun && target.confirmHost?.trim().toLowerCase() !== url.host.toLowerCase()) {
      throw new AppError('BAD_REQUEST', `A trial against ${url.host} creates, changes and may delete real objects in that service. Confirm by naming its host (${url.host}), or run a dry run, which sends GETs only.`);
    }
    return {
      transport: createHttpTransport({ baseUrl: target.baseUrl, token: target.token }),
      target: { kind: 'url', baseUrl: normalizeTenantUrl(target.baseUrl), profileId: null, name: url.host },
    };
  }

  async run(request: TrialRequest): Promise<TrialRun> {
    const ctx = this.context(request.tenantId, request.appId);
    const { transport, target } = await this.transportFor(request, ctx);
    const scope = this.scopeOf(request.tenantId, request.appId, request.target);
    const state = this.workspace.trial.state(scope);
    const now = this.now();
    const run = await runTrial({
      tenantId: request.tenantId,
      app: { id: ctx.sp.id, appId: ctx.sp.appId, displayName: ctx.sp.displayName ?? ctx.sp.id },
      job: ctx.job,
      directory: ctx.directory,
      subject: request.subject,
      scenario: request.scenario,
      state,
      transport,
      target,
      options: { dialect: request.dialect, dryRun: request.dryRun, now, newId: randomUUID, legacyDefaultAccess: request.legacyDefaultAccess, clock: () => performance.now() },
    });
    if (target.kind === 'local' && !request.dryRun) {
      // What landed, read from the endpoint's own store (a 204 answer carries no resource).
      for (const object of run.objects) {
        if (object.targetId) object.targetObject = this.targets.view(request.tenantId, request.appId, target.profileId!, object.kind, object.targetId) ?? object.targetObject;
      }
    }
    fillLanded(run);
    if (!request.dryRun) {
      this.workspace.trial.replaceState(scope, run.state);
      if (run.records.length) this.logs.addRecords(run.records, 'trial', `trial sync ${run.id}`);
    }
    this.workspace.trial.addRun(scope, {
      id: run.id,
      startedAt: run.startedAt,
      scenario: run.scenario.name,
      subjectKind: run.subject.kind,
      subjectName: run.subject.displayName,
      status: run.status,
      verdict: run.verdict,
      json: JSON.stringify(run),
    });
    return run;
  }

  runs(tenantId: string, appId: string, limit?: number): TrialRunSummary[] {
    return this.workspace.trial.runs(tenantId, appId, limit).map((r) => ({
      id: r.id,
      startedAt: r.started_at,
      scenario: r.scenario,
      subjectKind: r.subject_kind,
      subjectName: r.subject_name,
      status: r.status,
      verdict: r.verdict,
      targetKey: r.target_key,
    }));
  }

  getRun(runId: string): TrialRun {
    const json = this.workspace.trial.runJson(runId);
    if (!json) throw new AppError('NOT_FOUND', 'That trial run is no longer kept (runs were cleared).');
    return JSON.parse(json) as TrialRun;
  }

  clearRuns(tenantId: string, appId: string): { cleared: number } {
    return { cleared: this.workspace.trial.clearRuns(tenantId, appId) };
  }

  state(tenantId: string, appId: string, target: { kind: 'local' } | { kind: 'url'; baseUrl: string }): TrialStateView {
    const scope = this.scopeOf(tenantId, appId, target);
    return {
      targetKey: scope.targetKey,
      profileId: target.kind === 'local' ? (this.targets.runningProfile(tenantId, appId) ?? this.context(tenantId, appId).profileId) : null,
      links: Object.values(this.workspace.trial.state(scope).links),
    };
  }

  resetState(tenantId: string, appId: string, target: { kind: 'local' } | { kind: 'url'; baseUrl: string }, clearLocalTarget: boolean): { links: number; targetCleared: boolean } {
    const links = this.workspace.trial.resetState(this.scopeOf(tenantId, appId, target));
    const clear = target.kind === 'local' && clearLocalTarget;
    if (clear) this.targets.reset(tenantId, appId, this.context(tenantId, appId).profileId);
    return { links, targetCleared: clear };
  }

  targetObject(tenantId: string, appId: string, kind: 'User' | 'Group', objectId: string): { targetId: string | null; object: Record<string, unknown> | null } {
    const link = this.workspace.trial.state({ tenantId, appId, targetKey: 'local' }).links[objectId];
    if (!link) return { targetId: null, object: null };
    return { targetId: link.targetId, object: this.targets.view(tenantId, appId, this.context(tenantId, appId).profileId, kind, link.targetId) };
  }
}
