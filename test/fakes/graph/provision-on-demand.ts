/**
 * The fake Graph's `POST …/jobs/{jobId}/provisionOnDemand`: it really runs Entra's cycle (the
 * trial-sync engine, default dialect) for the subject over the fake tenant's users, groups and the
 * job's own mappings, against an empty SCIM service, and answers in either documented shape
 * (graph-facts §2.7). Its limits are Graph's: 5 requests per 10 s (429 + Retry-After), the write
 * scope (403), the job's ruleId, at most 5 group members.
 */
import { randomUUID } from 'node:crypto';
import type { Snapshot } from '../../../shared/snapshot/schema';
import { emptyTargetTransport } from '../../../shared/sync/forecast-empty-target';
import { runTrial, sourceDirectoryOf, type ObjectRun, type TrialSubject } from '../../../shared/sync';

export const ON_DEMAND_TYPE_NAME = 'Microsoft.Identity.Health.CPP.Common.DataContracts.SyncFabric.StatusInfo';
export const WRITE_SCOPE = 'Synchronization.ReadWrite.All';

export interface OnDemandBehaviour {
  /** `summary`: key = result JSON, value = the object's JSON; `statusInfoArray`: key = a type name, value = a JSON array. */
  shape: 'summary' | 'statusInfoArray';
  /** Makes the fake answer differently from the engine on purpose: another action, another exported value, another outcome. */
  disagree: false | 'action' | 'value' | 'outcome';
  /** Clock of the 5-per-10-s window (tests inject one). */
  now: () => number;
  /** Bodies of the calls accepted, in order. */
  calls: unknown[];
}

export function onDemandBehaviour(): OnDemandBehaviour {
  return { shape: 'summary', disagree: false, now: () => Date.now(), calls: [] };
}

export type FakeAnswer = { status: number; body: unknown; headers?: Record<string, string> };

const RATE = 5;
const WINDOW_MS = 10_000;

interface Params {
  ruleId?: unknown;
  subjects?: Array<{ objectId?: unknown; objectTypeName?: unknown; links?: { members?: Array<{ objectId?: unknown }> } }>;
}

const graphError = (status: number, code: string, message: string, headers?: Record<string, string>): FakeAnswer => ({
  status,
  body: { error: { code, message, innerError: { 'request-id': 'fake-graph' } } },
  ...(headers ? { headers } : {}),
});

const word = (status: ObjectRun['status']) => (status === 'success' ? 'Success' : status === 'failure' ? 'Failure' : 'Skipped');
const actionWord = (action: ObjectRun['action']) => action.charAt(0).toUpperCase() + action.slice(1);
const LOG_ORDER: Array<[keyof ObjectRun['logSteps'], string]> = [['import', 'Import'], ['match', 'Matching'], ['scope', 'Scoping'], ['action', 'Export']];

/** One processed object as Entra's on-demand answer writes it (flat statusInfo, `type`, `timestamp`, source attributes as modified properties). */
function entraObject(run: ObjectRun, at: string, disagree: OnDemandBehaviour['disagree']): Record<string, unknown> {
  const exported = Object.fromEntries(run.modifiedProperties.map((p) => [p.displayName, p.newValue ?? '']));
  if (disagree === 'value') {
    const first = Object.keys(exported).sort()[0];
    if (first) exported[first] = `${exported[first]} (as Entra sent it)`;
  }
  const steps = LOG_ORDER.flatMap(([phaseName, type]) => {
    const phase = run.phases.find((p) => p.name === phaseName);
    const step = run.logSteps[phaseName];
    if (!phase || !step) return [];
    const details =
      type === 'Export' ? (run.status === 'skipped' && run.error ? { SkipReason: run.error.errorCode } : run.status === 'success' ? exported : {}) : step.details;
    return [{ name: step.name, type, status: word(phase.status), description: step.description, timestamp: at, details }];
  });
  const action = disagree === 'action' ? (run.action === 'create' ? 'Update' : 'Create') : actionWord(run.action);
  const imported = run.logSteps.import?.details ?? {};
  return {
    action,
    changeId: randomUUID(),
    startTime: at,
    endTime: at,
    reportableIdentifier: run.reportableIdentifier,
    modifiedProperties: Object.entries(imported).map(([displayName, newValue]) => ({ displayName, oldValue: null, newValue })),
    provisioningSteps: steps,
    statusInfo: {
      status: word(run.status),
      errorCode: run.status === 'failure' ? (run.error?.errorCode ?? null) : null,
      reason: run.status === 'failure' ? (run.error?.reason ?? null) : null,
      additionalDetails: null,
      errorCategory: null,
      recommendedAction: null,
    },
    sourceIdentity: { id: run.sourceId, type: run.kind, displayName: null, details: null },
    sourceSystem: { id: null, name: 'Azure Active Directory', details: null },
    targetIdentity: { id: run.targetId, type: `urn:ietf:params:scim:schemas:core:2.0:${run.kind}`, displayName: null, details: null },
    targetSystem: { id: null, name: 'customappsso', details: null },
    pwbFakeNote: 'evaluated by the fake Graph',
  };
}

/** The window of accepted calls, shared by every provisionOnDemand path of one fake. */
export class OnDemandLimiter {
  private readonly accepted: number[] = [];

  /** Seconds to wait when the window is full, else undefined (and the call is counted). */
  take(now: number): number | undefined {
    while (this.accepted.length && this.accepted[0]! <= now - WINDOW_MS) this.accepted.shift();
    if (this.accepted.length >= RATE) return Math.max(1, Math.ceil((this.accepted[0]! + WINDOW_MS - now) / 1000));
    this.accepted.push(now);
    return undefined;
  }
}

export async function provisionOnDemand(
  snapshot: Snapshot,
  spId: string,
  jobId: string,
  body: unknown,
  context: { scopes: readonly string[]; behaviour: OnDemandBehaviour; limiter: OnDemandLimiter },
): Promise<FakeAnswer> {
  if (!context.scopes.includes(WRITE_SCOPE)) {
    return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
  const retryAfter = context.limiter.take(context.behaviour.now());
  if (retryAfter !== undefined) {
    return graphError(429, 'TooManyRequests', 'Provision on demand allows 5 requests per 10 seconds.', { 'retry-after': String(retryAfter) });
  }
  const sp = snapshot.servicePrincipals.find((s) => s.id === spId);
  const job = sp?.synchronization.jobs.find((j) => j.id === jobId);
  if (!sp || !job) return graphError(404, 'Request_ResourceNotFound', `The synchronization job ${jobId} does not exist.`);
  const parameters = ((body as { parameters?: Params[] } | null)?.parameters ?? [])[0];
  const subjectRef = parameters?.subjects?.[0];
  const rule = job.schema.synchronizationRules.find((r) => r.id === parameters?.ruleId);
  if (!rule) return graphError(400, 'RequestParameterInvalid', 'The ruleId is not one of the job schema\'s synchronization rules.');
  if (!subjectRef || typeof subjectRef.objectId !== 'string') return graphError(400, 'RequestParameterInvalid', 'parameters[0].subjects[0].objectId is required.');
  context.behaviour.calls.push(body);
  const kind = String(subjectRef.objectTypeName).toLowerCase() === 'group' ? 'Group' : 'User';
  const memberIds = (subjectRef.links?.members ?? []).map((m) => String(m.objectId));
  if (memberIds.length > 5) return graphError(400, 'RequestParameterInvalid', 'A group can be provisioned on demand with at most 5 members.');
  const exists = kind === 'User' ? snapshot.users.some((u) => u.id === subjectRef.objectId) : snapshot.groups.some((g) => g.id === subjectRef.objectId);
  if (!exists) return graphError(404, 'Request_ResourceNotFound', `The ${kind.toLowerCase()} ${subjectRef.objectId} does not exist.`);

  const subject: TrialSubject = kind === 'User' ? { kind, id: subjectRef.objectId } : { kind, id: subjectRef.objectId, memberIds };
  const target = emptyTargetTransport('memory://fake-on-demand/scim/v2');
  const run = await runTrial({
    tenantId: snapshot.tenant.id,
    app: { id: sp.id, appId: sp.appId, displayName: sp.displayName ?? sp.id },
    job,
    directory: sourceDirectoryOf(sp, snapshot),
    subject,
    scenario: { name: 'first' },
    state: { links: {} },
    transport: target,
    target: { kind: 'url', baseUrl: target.baseUrl, profileId: null, name: sp.displayName ?? sp.id },
    options: { dialect: 'default', dryRun: false, now: new Date(context.behaviour.now()), newId: randomUUID },
  });
  const at = new Date(context.behaviour.now()).toISOString();
  const context_ = 'https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.stringKeyStringValuePair';
  if (kind === 'Group') {
    const failed = run.objects.some((o) => o.status === 'failure');
    let result = failed ? 'Failure' : word(run.objects.find((o) => o.sourceId === subject.id)?.status ?? 'success');
    if (context.behaviour.disagree === 'outcome') result = result === 'Success' ? 'Failure' : 'Success';
    return { status: 200, body: { '@odata.context': context_, key: JSON.stringify({ result, details: {} }), value: '{}' } };
  }
  const object = run.objects.find((o) => o.sourceId === subject.id) ?? run.objects[0]!;
  const entra = entraObject(object, at, context.behaviour.disagree);
  if (context.behaviour.disagree === 'outcome') (entra.statusInfo as { status: string }).status = object.status === 'success' ? 'Failure' : 'Success';
  if (context.behaviour.shape === 'statusInfoArray') {
    return { status: 200, body: { '@odata.context': context_, key: ON_DEMAND_TYPE_NAME, value: JSON.stringify([entra]) } };
  }
  const details = object.error ? { errorCode: object.error.errorCode, errorMessage: object.error.reason } : {};
  return { status: 200, body: { '@odata.context': context_, key: JSON.stringify({ result: (entra.statusInfo as { status: string }).status, details }), value: JSON.stringify(entra) } };
}

/** The permissions a fake token carries: a JWT's `scp`, or the fixed test tokens' (read-only, or read and write). */
export function tokenScopes(token: string, fixed: Record<string, readonly string[]>): string[] {
  if (fixed[token]) return [...fixed[token]];
  const [, payload] = token.split('.');
  if (!payload) return [];
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown };
    return typeof claims.scp === 'string' ? claims.scp.split(' ').filter(Boolean) : [];
  } catch {
    return [];
  }
}
