import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { ODATA_TYPE_USER } from '../../../shared/graph/group';
import type { OnDemandCheck, OnDemandPredictionTarget, OnDemandRunSummary, OnDemandRunView } from '../../../shared/ipc/contracts/onDemand';
import type { ServicePrincipalSnapshot, SnapshotJob } from '../../../shared/snapshot/schema';
import { runTrial, sourceDirectoryOf, type ScimTransport, type SourceDirectory, type TrialRun } from '../../../shared/sync';
import { emptyTargetTransport } from '../../../shared/sync/forecast-empty-target';
import {
  compareOnDemand,
  fidelityReport,
  isOAuthAuthorizedApp,
  ON_DEMAND_RATE,
  onDemandRule,
  parseOnDemandResponse,
  provisionOnDemandBody,
  refusalOf,
  type OnDemandSubject,
} from '../../../shared/sync/on-demand';
import { OnDemandRepository, type OnDemandRunRecord } from '../db/repositories/on-demand';
import type { WorkspaceDb } from '../db/workspace-db';
import type { GraphClient } from '../graph/graph-client';
import { isGraphError } from '../graph/graph-error';
import { exportSnapshot } from '../workspace/export-snapshot';
import { SAMPLE_TENANT_ID } from '../../../sample-tenant';
import { createHttpTransport, normalizeTenantUrl } from './http-transport';
import { RequestPacer } from '../graph/request-pacer';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;
/** Job states in which an OAuth-authorised app's job still runs (it must be stopped for on demand). */
const RUNNING = new Set(['Active', 'Quarantine']);

/** Who is signed in for a tenant, and the Graph client (with the write scope) to call it. */
export interface OnDemandGraph {
  account(tenantId: string): Promise<{ signedIn: boolean; write: boolean; name: string | null }>;
  client(tenantId: string): Promise<GraphClient>;
}

export interface OnDemandOptions {
  now: () => Date;
  /** Monotonic clock and sleep for pacing (tests inject fake ones). */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  appVersion?: string;
}

export interface OnDemandRequest {
  tenantId: string;
  appId: string;
  subject: OnDemandSubject;
  target: OnDemandPredictionTarget;
  confirmed: boolean;
}

/** What the admin is told when Graph refuses the call (403, or 401 on the synchronization API). */
export const WRITE_ACCESS_MISSING =
  'Microsoft Graph refused provision on demand: the signed-in account lacks what the call needs. Grant the delegated permission Synchronization.ReadWrite.All (sign in again with write access turned on; a tenant admin may have to consent to it) and give the account one of the directory roles Application Administrator or Cloud Application Administrator. Nothing was written to the app.';

interface AppContext {
  sp: ServicePrincipalSnapshot;
  job: SnapshotJob;
  directory: SourceDirectory;
}

/**
 * Predicted vs actual: our prediction (trial-sync engine, default dialect) is computed and saved
 * before provisionOnDemand is called; the answer is then parsed, compared step by step and saved
 * with a fidelity report. Calls are paced at 5 per 10 s; Graph's 429s are retried by the client.
 */
export class OnDemandService {
  private readonly runs: OnDemandRepository;
  private readonly pacer: RequestPacer;

  constructor(
    private readonly workspaceDb: WorkspaceDb,
    private readonly graph: OnDemandGraph,
    private readonly options: OnDemandOptions,
  ) {
    this.runs = new OnDemandRepository(workspaceDb.db);
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    this.pacer = new RequestPacer({ now: options.clock ?? (() => performance.now()), sleep }, ON_DEMAND_RATE.requests, ON_DEMAND_RATE.windowMs);
  }

  private app(tenantId: string, appId: string): AppContext {
    const row = this.workspaceDb.apps.get(tenantId, appId);
    if (!row) throw new AppError('NOT_FOUND', `There is no app ${appId} in this tenant. Refresh the app list.`);
    const snapshot = exportSnapshot(this.workspaceDb, tenantId, appId, this.options.now());
    const sp = snapshot.servicePrincipals[0]!;
    const job = sp.synchronization.jobs[0];
    if (!job) throw new AppError('NOT_FOUND', `${sp.displayName ?? appId} has no provisioning job, so there is nothing to provision on demand.`);
    return { sp, job, directory: sourceDirectoryOf(sp, snapshot) };
  }

  /** The OAuth warning, or the reason it blocks: an OAuth-authorised app's job must be stopped first. */
  private oauth(ctx: AppContext): { blocked: string | null; warning: string | null } {
    if (!isOAuthAuthorizedApp(ctx.job.templateId, ctx.sp.displayName)) return { blocked: null, warning: null };
    const name = ctx.sp.displayName ?? ctx.sp.id;
    const state = String(ctx.job.status.code);
    const text = `${name} is authorised with OAuth (as G Suite, Box, Workplace by Facebook and Slack are): Entra runs provision on demand for it only while its provisioning job is stopped. Stop the job in the Entra admin center (Provisioning → Stop provisioning), then try again.`;
    return RUNNING.has(state) ? { blocked: `${text} The job was ${state} when the app was last read.`, warning: null } : { blocked: null, warning: text };
  }

  async check(tenantId: string, appId: string): Promise<OnDemandCheck> {
    const ctx = this.app(tenantId, appId);
    let ruleId: string | null = null;
    let blocked: string | null = null;
    try {
      ruleId = onDemandRule(ctx.job.schema).id;
    } catch (error) {
      blocked = error instanceof Error ? error.message : String(error);
    }
    const oauth = this.oauth(ctx);
    blocked ??= oauth.blocked;
    if (tenantId === SAMPLE_TENANT_ID) blocked ??= 'The sample tenant is not a real tenant, so Entra cannot provision from it. Sign in and read your own tenant to compare with provision on demand.';
    const account = tenantId === SAMPLE_TENANT_ID ? { signedIn: false, write: false, name: null } : await this.graph.account(tenantId);
    return { ruleId, signedIn: account.signedIn, writeAccess: account.write, accountName: account.name, blocked, warnings: oauth.warning ? [oauth.warning] : [] };
  }

  private async predict(ctx: AppContext, request: OnDemandRequest, now: Date): Promise<{ run: TrialRun; target: string }> {
    let transport: ScimTransport;
    let dryRun = false;
    let name: string;
    if (request.target.kind === 'url') {
      const url = new URL(request.target.baseUrl);
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
        throw new AppError('BAD_REQUEST', `The SCIM URL must use https (plain http is allowed only on this machine, 127.0.0.1): ${url.protocol}//${url.host} would send the token unencrypted.`);
      }
      transport = createHttpTransport({ baseUrl: request.target.baseUrl, token: request.target.token });
      dryRun = true;
      name = `${normalizeTenantUrl(request.target.baseUrl)} (GETs only)`;
    } else {
      transport = emptyTargetTransport();
      name = 'an empty SCIM service (in memory)';
    }
    const subject = request.subject.kind === 'User' ? request.subject : { kind: 'Group' as const, id: request.subject.id, memberIds: request.subject.memberIds };
    const run = await runTrial({
      tenantId: request.tenantId,
      app: { id: ctx.sp.id, appId: ctx.sp.appId, displayName: ctx.sp.displayName ?? ctx.sp.id },
      job: ctx.job,
      directory: ctx.directory,
      subject,
      scenario: { name: 'first' },
      // Entra's links for the real app are not known here: the prediction matches as for an unlinked object.
      state: { links: {} },
      transport,
      target: { kind: 'url', baseUrl: transport.baseUrl, profileId: null, name: ctx.sp.displayName ?? ctx.sp.id },
      // Provision on demand ignores aadOptscim062020: always the default dialect.
      options: { dialect: 'default', dryRun, now, newId: randomUUID, clock: () => performance.now() },
    });
    return { run, target: name };
  }

  private subjectName(ctx: AppContext, subject: OnDemandSubject): string {
    if (subject.kind === 'User') {
      const user = ctx.directory.users.get(subject.id);
      return user ? `${user.displayName ?? user.userPrincipalName} (${user.userPrincipalName})` : subject.id;
    }
    const group = ctx.directory.groups.get(subject.id);
    const names = subject.memberIds.map((id) => ctx.directory.users.get(id)?.userPrincipalName ?? id);
    return `${group?.displayName ?? subject.id}${names.length ? ` with ${names.join(', ')}` : ''}`;
  }

  async run(request: OnDemandRequest): Promise<OnDemandRunView> {
    const ctx = this.app(request.tenantId, request.appId);
    const check = await this.check(request.tenantId, request.appId);
    if (check.blocked) throw new AppError('BAD_REQUEST', check.blocked);
    if (!check.signedIn) throw new AppError('FORBIDDEN', `No signed-in account belongs to this tenant. Sign in to it with write access (Synchronization.ReadWrite.All) turned on.`);
    if (!check.writeAccess) throw new AppError('FORBIDDEN', `${check.accountName ?? 'The signed-in account'} signed in read-only. Provision on demand needs Synchronization.ReadWrite.All: sign in again with write access turned on.`);
    const ruleId = check.ruleId!;
    if (request.subject.kind === 'Group' && !ctx.directory.groups.has(request.subject.id)) throw new AppError('NOT_FOUND', `There is no group ${request.subject.id} assigned to this app.`);
    if (request.subject.kind === 'User' && !ctx.directory.users.has(request.subject.id)) throw new AppError('NOT_FOUND', `There is no user ${request.subject.id} in this app's scope.`);
    const group = request.subject.kind === 'Group' ? ctx.directory.groups.get(request.subject.id) : undefined;
    const members = request.subject.kind === 'Group'
      ? request.subject.memberIds.map((memberId) => {
          const member = group?.members.find((m) => m.id === memberId);
          return { id: memberId, displayName: member?.displayName ?? ctx.directory.users.get(memberId)?.displayName ?? memberId, nested: !!member && member['@odata.type'] !== ODATA_TYPE_USER };
        })
      : [];
    // Refused before anything runs: more than five members, nested groups.
    const early = refusalOf({ subject: request.subject, members, predictedActions: [] });
    if (early) throw new AppError('BAD_REQUEST', early);

    const now = this.options.now();
    const { run: prediction, target } = await this.predict(ctx, request, now);
    const refusal = refusalOf({ subject: request.subject, members, predictedActions: prediction.objects.map((o) => ({ object: o.reportableIdentifier, action: o.action })) });
    if (refusal) throw new AppError('BAD_REQUEST', refusal);
    if (!request.confirmed) throw new AppError('BAD_REQUEST', 'Provision on demand writes to the real app. Confirm the call first.');
    // The members our prediction processed are the ones Entra is asked for, so both sides run the same people.
    const subject: OnDemandSubject =
      request.subject.kind === 'User'
        ? request.subject
        : { kind: 'Group', id: request.subject.id, memberIds: prediction.objects.filter((o) => o.kind === 'User').map((o) => o.sourceId) };

    const id = randomUUID();
    const subjectName = this.subjectName(ctx, subject);
    this.runs.savePrediction({
      id,
      tenantId: request.tenantId,
      appId: request.appId,
      subjectKind: subject.kind,
      subjectId: subject.id,
      subjectName,
      ruleId,
      predictedAt: now.toISOString(),
      prediction: JSON.stringify({ run: prediction, target, memberIds: subject.kind === 'Group' ? subject.memberIds : [] }),
    });

    const client = await this.graph.client(request.tenantId);
    const waitedMs = await this.pacer.take();
    const path = `/servicePrincipals/${encodeURIComponent(ctx.sp.id)}/synchronization/jobs/${encodeURIComponent(ctx.job.id)}/provisionOnDemand`;
    let response: unknown;
    let calledAt: string;
    try {
      if (!client.post) throw new AppError('INTERNAL', 'This Graph client cannot POST.');
      calledAt = this.options.now().toISOString();
      response = await client.post<unknown>(path, provisionOnDemandBody(ruleId, subject));
    } catch (error) {
      const message = isGraphError(error) && (error.status === 403 || error.status === 401) ? WRITE_ACCESS_MISSING : error instanceof Error ? error.message : String(error);
      this.runs.complete(id, { status: 'failed', calledAt: this.options.now().toISOString(), response: null, comparison: null, agree: null, report: null, error: message });
      throw isGraphError(error) && (error.status === 403 || error.status === 401) ? new AppError('FORBIDDEN', message) : error;
    }

    const parsed = parseOnDemandResponse(response);
    if (!parsed.ok) {
      this.runs.complete(id, { status: 'unreadable', calledAt, response: JSON.stringify(response), comparison: null, agree: null, report: null, error: parsed.error });
      return this.view(this.runs.get(id)!, waitedMs);
    }
    const targetAttributes = prediction.objects.flatMap((o) => o.attributes.map((a) => a.targetAttributeName));
    const comparison = compareOnDemand({ predicted: prediction.objects, subject: { kind: subject.kind, id: subject.id }, actual: parsed.value, targetAttributes });
    const report = fidelityReport(comparison, {
      app: { displayName: ctx.sp.displayName ?? ctx.sp.id, servicePrincipalId: ctx.sp.id, jobId: ctx.job.id, templateId: ctx.job.templateId ?? null },
      subject: `${subject.kind} ${subjectName}`,
      ruleId,
      predictionTarget: target,
      predictedAt: now.toISOString(),
      calledAt,
      shape: parsed.value.shape,
      rawAnswer: response,
      ...(this.options.appVersion ? { appVersion: this.options.appVersion } : {}),
    });
    this.runs.complete(id, { status: 'compared', calledAt, response: JSON.stringify(response), comparison: JSON.stringify(comparison), agree: comparison.agree, report, error: null });
    return this.view(this.runs.get(id)!, waitedMs);
  }

  list(tenantId: string, appId: string, limit?: number): OnDemandRunSummary[] {
    return this.runs.list(tenantId, appId, limit).map((r) => ({ id: r.id, subjectKind: r.subject_kind, subjectName: r.subject_name, predictedAt: r.predicted_at, status: r.status, agree: r.agree === null ? null : r.agree === 1 }));
  }

  get(runId: string): OnDemandRunView {
    const row = this.runs.get(runId);
    if (!row) throw new AppError('NOT_FOUND', 'That comparison is no longer kept.');
    return this.view(row, 0);
  }

  private view(row: OnDemandRunRecord, waitedMs: number): OnDemandRunView {
    const saved = JSON.parse(row.prediction) as { run: TrialRun; target: string; memberIds: string[] };
    const response = row.response === null ? null : (JSON.parse(row.response) as unknown);
    const parsed = response === null ? null : parseOnDemandResponse(response);
    return {
      id: row.id,
      tenantId: row.tenant_id,
      appId: row.app_id,
      subject: { kind: row.subject_kind, id: row.subject_id, displayName: row.subject_name, memberIds: saved.memberIds },
      ruleId: row.rule_id,
      predictedAt: row.predicted_at,
      calledAt: row.called_at,
      status: row.status,
      prediction: saved.run,
      predictionTarget: saved.target,
      response,
      parsed: parsed?.ok ? parsed.value : null,
      comparison: row.comparison === null ? null : (JSON.parse(row.comparison) as OnDemandRunView['comparison']),
      report: row.report,
      error: row.error,
      pacing: { waitedMs },
    };
  }
}
