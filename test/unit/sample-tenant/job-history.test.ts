import { describe, expect, it } from 'vitest';
import { PROVISIONING_STEP_TYPES } from '../../../shared/graph/provisioning-log';
import { SAMPLE_TENANT_ID } from '../../../sample-tenant/tenant';
import { SAMPLE_NOW, app, job, sample } from './sample-fixture';

/** Error codes from the provisioning-log error table (graph-facts §1.5). */
const TABLE_CODES = new Set([
  'Conflict', 'EntryConflict', 'TooManyRequests', 'InternalServerError', 'InsufficientRights', 'MethodNotAllowed', 'NotPermitted',
  'Unauthorized', 'UnprocessableEntity', 'WebExceptionProtocolError', 'InvalidAnchor', 'NotImplemented', 'MandatoryFieldsMissing',
  'MissingValues', 'SchemaAttributeNotFound', 'InternalError', 'InvalidDomain', 'Timeout', 'LicenseLimitExceeded', 'DuplicateTargetEntries',
  'DuplicateSourceEntries', 'ImportSkipped', 'EntrySynchronizationSkipped', 'SystemForCrossDomainIdentityManagementMultipleEntriesInResponse',
  'SystemForCrossDomainIdentityManagementServiceIncompatible', 'SchemaPropertyCanOnlyAcceptValue',
]);
const DAY = 86_400_000;

describe('sample provisioning logs', () => {
  const logs = () => sample().provisioningLogs;

  it('hold 5,000+ records over at least 30 distinct days, all in the 30 days before now', () => {
    expect(logs().length).toBeGreaterThanOrEqual(5000);
    expect(new Set(logs().map((record) => record.activityDateTime.slice(0, 10))).size).toBeGreaterThanOrEqual(30);
    for (const record of logs()) {
      const at = Date.parse(record.activityDateTime);
      expect(at).toBeLessThan(SAMPLE_NOW.getTime());
      expect(at).toBeGreaterThan(SAMPLE_NOW.getTime() - 30 * DAY);
    }
  });

  it('are listed newest first and have unique ids and change ids', () => {
    const times = logs().map((record) => record.activityDateTime);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(logs().map((record) => record.id)).size).toBe(logs().length);
    expect(new Set(logs().map((record) => record.changeId)).size).toBe(logs().length);
  });

  it('cover every action and every outcome', () => {
    expect(new Set(logs().map((record) => record.provisioningAction))).toEqual(new Set(['create', 'update', 'delete', 'disable', 'other', 'stageddelete']));
    expect(new Set(logs().map((record) => record.provisioningStatusInfo.status))).toEqual(new Set(['success', 'failure', 'skipped', 'warning']));
  });

  it('use only error codes from the documented error table, with a reason on every failure', () => {
    const codes = new Set(logs().map((record) => record.provisioningStatusInfo.errorInformation?.errorCode).filter((code) => code != null));
    for (const code of codes) expect(TABLE_CODES.has(code)).toBe(true);
    expect(codes.size).toBeGreaterThanOrEqual(10);
    for (const record of logs().filter((candidate) => candidate.provisioningStatusInfo.status === 'failure')) {
      expect(record.provisioningStatusInfo.errorInformation?.reason).toBeTruthy();
      expect(record.provisioningStatusInfo.errorInformation?.errorCode).toBeTruthy();
    }
  });

  it('concentrate failures on the broken generic app and the quarantined job', () => {
    const failures = logs().filter((record) => record.provisioningStatusInfo.status === 'failure');
    const broken = new Set([app('Fabrikam Expenses (SCIM)').id, app('OfficeSpace Software').id]);
    const share = failures.filter((record) => broken.has(record.servicePrincipal?.id ?? '')).length / failures.length;
    expect(share).toBeGreaterThan(0.6);
  });

  it('belong to the jobs of the snapshot, with Graph-style job ids and one cycle id per ~40-minute cycle', () => {
    const jobs = new Map(sample().servicePrincipals.flatMap((sp) => sp.synchronization.jobs.map((candidate) => [candidate.id, sp.id] as const)));
    const cycles = new Map<string, { jobId: string; first: number; last: number }>();
    for (const record of logs()) {
      expect(record.tenantId).toBe(SAMPLE_TENANT_ID);
      expect(jobs.get(record.jobId ?? '')).toBe(record.servicePrincipal?.id);
      expect(record.jobId).toMatch(/^[a-z]+\.[0-9a-f]{32}\.[0-9a-f-]{36}$/);
      const at = Date.parse(record.activityDateTime);
      const cycle = cycles.get(record.cycleId ?? '') ?? { jobId: record.jobId ?? '', first: at, last: at };
      expect(cycle.jobId).toBe(record.jobId);
      cycles.set(record.cycleId ?? '', { ...cycle, first: Math.min(cycle.first, at), last: Math.max(cycle.last, at) });
    }
    expect(cycles.size).toBeGreaterThan(1500);
    const starts = new Map<string, number[]>();
    for (const cycle of cycles.values()) {
      expect(cycle.last - cycle.first).toBeLessThan(10 * 60_000);
      starts.set(cycle.jobId, [...(starts.get(cycle.jobId) ?? []), cycle.first]);
    }
    for (const [jobId, times] of starts) {
      times.sort((a, b) => a - b);
      const gaps = times.slice(1).map((time, i) => time - (times[i] ?? 0));
      expect(Math.min(...gaps), jobId).toBeGreaterThan(35 * 60_000);
    }
  });

  it('show realistic steps: valid step types, scoping details with Entra\'s keys', () => {
    const types = new Set<string>(PROVISIONING_STEP_TYPES);
    const scoping = logs()
      .flatMap((record) => record.provisioningSteps)
      .filter((step) => step.name === 'EntrySynchronizationScoping');
    expect(scoping.length).toBeGreaterThan(1000);
    expect(Object.keys(scoping[0]?.details ?? {}).sort()).toEqual([
      'Active in the source system',
      'Assigned to the application',
      'ScopeEvaluationResult',
      'Scoping filter evaluation passed',
      'User has the required role',
    ]);
    for (const record of logs().slice(0, 500)) for (const step of record.provisioningSteps) expect(types.has(step.provisioningStepType)).toBe(true);
    const names = new Set(logs().flatMap((record) => record.provisioningSteps.map((step) => step.name)));
    for (const name of ['EntryImportAdd', 'EntrySynchronizationScoping', 'EntrySynchronizationAdd', 'EntrySynchronizationUpdate', 'EntrySynchronizationSkip', 'EntryExportAdd', 'EntryExportUpdate']) {
      expect(names.has(name)).toBe(true);
    }
  });

  it('record modified properties with differing old and new values on updates', () => {
    const updates = logs().filter((record) => record.provisioningAction === 'update' && record.provisioningStatusInfo.status === 'success');
    const withChanges = updates.filter((record) => record.modifiedProperties.length > 0);
    expect(withChanges.length).toBeGreaterThan(updates.length / 2);
    for (const record of withChanges) for (const property of record.modifiedProperties) expect(property.oldValue).not.toBe(property.newValue);
  });

  it('show the quarantine: only Unauthorized failures for the OfficeSpace job after it began', () => {
    const quarantine = job('OfficeSpace Software').status.quarantine;
    const began = Date.parse(quarantine?.currentBegan ?? '');
    const after = logs().filter((record) => record.jobId === job('OfficeSpace Software').id && Date.parse(record.activityDateTime) >= began);
    expect(after.length).toBeGreaterThan(0);
    for (const record of after) expect(record.provisioningStatusInfo.errorInformation?.errorCode).toBe('Unauthorized');
  });
});
