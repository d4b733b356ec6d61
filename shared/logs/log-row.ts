import type { ProvisioningObjectSummary } from '../graph/provisioning-log';

export const LOG_ORIGINS = ['sample', 'graph', 'file', 'trial'] as const;
export type LogOrigin = (typeof LOG_ORIGINS)[number];

/** The columns of one stored record (the hot table); everything else stays in its JSON. */
export interface LogRow {
  id: string;
  tenantId: string;
  activityMs: number;
  status: string;
  action: string;
  servicePrincipalId: string | null;
  appName: string | null;
  jobId: string | null;
  cycleId: string | null;
  changeId: string | null;
  durationMs: number | null;
  sourceId: string | null;
  sourceName: string | null;
  sourceType: string | null;
  targetId: string | null;
  targetName: string | null;
  sourceSystem: string | null;
  targetSystem: string | null;
  initiatedBy: string | null;
  errorCode: string | null;
  errorCategory: string | null;
  reason: string | null;
  additionalDetails: string | null;
  recommendedAction: string | null;
}

export interface LogStepRow {
  name: string;
  stepType: string;
  status: string;
  description: string | null;
  detailsJson: string | null;
}

export interface LogPropertyRow {
  name: string;
  oldValue: string | null;
  newValue: string | null;
}

/** A record split the way the store keeps it. */
export interface FlatLog {
  row: LogRow;
  steps: LogStepRow[];
  properties: LogPropertyRow[];
  /** Text the full-text index holds, per FTS column. */
  search: { identities: string; errorCode: string; reason: string; descriptions: string };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null);
const value = (v: unknown): string | null => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));

/** What the store writes for one record besides its JSON: the hot row and the full-text entry. */
export interface StoredLog {
  row: LogRow;
  search: FlatLog['search'];
  stepCount: number;
  propertyCount: number;
}

/** Flattens a record already in v1.0 shape (see normalizeRecord). */
export function flattenRecord(record: ProvisioningObjectSummary, tenantId?: string): FlatLog {
  const row = toLogRow(record, tenantId);
  const steps = record.provisioningSteps.map((step) => ({
    name: step.name,
    stepType: step.provisioningStepType,
    status: step.status,
    description: text(step.description),
    detailsJson: step.details && Object.keys(step.details).length > 0 ? JSON.stringify(step.details) : null,
  }));
  const properties = record.modifiedProperties.map((p) => ({ name: p.displayName, oldValue: value(p.oldValue), newValue: value(p.newValue) }));
  return { row, steps, properties, search: searchText(row, record) };
}

/**
 * The part of flattenRecord an import needs: steps and modified properties stay inside the stored
 * JSON, so they are neither copied nor serialized again here.
 */
export function toStoredLog(record: ProvisioningObjectSummary, tenantId?: string): StoredLog {
  const row = toLogRow(record, tenantId);
  return { row, search: searchText(row, record), stepCount: record.provisioningSteps.length, propertyCount: record.modifiedProperties.length };
}

function searchText(row: LogRow, record: ProvisioningObjectSummary): FlatLog['search'] {
  // Not the change id: unique to each record, it would add a new term per record for an id that
  // has its own column and index (free text that is one id is matched against it, see buildWhere).
  const identities = [row.sourceName, row.sourceId, row.targetName, row.targetId].filter(Boolean).join(' ');
  const descriptions = record.provisioningSteps.map((step) => text(step.description) ?? '').join('\n');
  return { identities, errorCode: row.errorCode ?? '', reason: [row.reason, row.additionalDetails].filter(Boolean).join('\n'), descriptions };
}

function toLogRow(record: ProvisioningObjectSummary, tenantId?: string): LogRow {
  const error = record.provisioningStatusInfo.errorInformation ?? null;
  const sp = Array.isArray(record.servicePrincipal) ? (record.servicePrincipal[0] as typeof record.servicePrincipal) : record.servicePrincipal;
  const spName = text(sp?.displayName) ?? text((sp as { name?: unknown } | null | undefined)?.name);
  return {
    id: record.id,
    tenantId: tenantId ?? text(record.tenantId) ?? '',
    activityMs: Date.parse(record.activityDateTime),
    status: record.provisioningStatusInfo.status,
    action: record.provisioningAction,
    servicePrincipalId: text(sp?.id) ?? text(record.targetSystem?.details?.['ServicePrincipalId']),
    appName: spName ?? text(record.targetSystem?.details?.['ServicePrincipalDisplayName']),
    jobId: text(record.jobId),
    cycleId: text(record.cycleId),
    changeId: text(record.changeId),
    durationMs: typeof record.durationInMilliseconds === 'number' && Number.isFinite(record.durationInMilliseconds) ? Math.round(record.durationInMilliseconds) : null,
    sourceId: text(record.sourceIdentity?.id),
    sourceName: text(record.sourceIdentity?.displayName),
    sourceType: text(record.sourceIdentity?.identityType) ?? text(record.targetIdentity?.identityType),
    targetId: text(record.targetIdentity?.id),
    targetName: text(record.targetIdentity?.displayName),
    sourceSystem: text(record.sourceSystem?.displayName),
    targetSystem: text(record.targetSystem?.displayName),
    initiatedBy: text(record.initiatedBy?.displayName),
    errorCode: text(error?.errorCode),
    errorCategory: text(error?.errorCategory),
    reason: text(error?.reason),
    additionalDetails: text(error?.additionalDetails),
    recommendedAction: text(error?.recommendedAction),
  };
}
