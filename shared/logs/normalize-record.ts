import {
  PROVISIONING_ACTIONS,
  PROVISIONING_RESULTS,
  PROVISIONING_STEP_TYPES,
  type ModifiedProperty,
  type ProvisioningAction,
  type ProvisioningObjectSummary,
  type ProvisioningStep,
} from '../graph/provisioning-log';
import { fromExportRow, isExportRow } from './export-row-record';

export type NormalizeResult =
  | { ok: true; record: ProvisioningObjectSummary; /** true when names were changed (beta or Azure Monitor). */ renamed: boolean }
  | { ok: false; reason: string };

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null);

const ACTIONS: ReadonlySet<string> = new Set(PROVISIONING_ACTIONS);
const RESULTS: ReadonlySet<string> = new Set(PROVISIONING_RESULTS);
const STEP_TYPES: ReadonlySet<string> = new Set(PROVISIONING_STEP_TYPES);
/** Lower-cased spellings seen in downloads and Azure Monitor mapped to Graph's enum values. */
const ACTION_ALIASES: Record<string, ProvisioningAction> = { staged_delete: 'stageddelete', 'staged delete': 'stageddelete', unknownfuturevalue: 'unknownFutureValue' };
const STEP_TYPE_ALIASES: Record<string, string> = { referenceresolution: 'referenceResolution', unknownfuturevalue: 'unknownFutureValue' };

/** Azure Monitor's AADProvisioningLogs rows name their columns in PascalCase and nest JSON as strings. */
export function isAzureMonitorRow(raw: Obj): boolean {
  return 'ProvisioningAction' in raw || 'ResultSignature' in raw || raw.Type === 'AADProvisioningLogs';
}

/**
 * Brings a record in any accepted shape (Graph v1.0, the older beta names `action` and `statusInfo`,
 * an Azure Monitor row) to Graph's v1.0 shape, keeping every property it does not know. Rejects a
 * record without an id, a time, or a known action and status, saying which.
 */
export function normalizeRecord(raw: unknown): NormalizeResult {
  if (!isObj(raw)) return { ok: false, reason: `expected a JSON object, found ${Array.isArray(raw) ? 'an array' : raw === null ? 'null' : typeof raw}` };
  if (isAzureMonitorRow(raw)) return finish(fromAzureMonitor(raw), true);
  if (isExportRow(raw)) return finish(fromExportRow(raw), true);
  let renamed = false;
  let record: Obj = raw;
  if (!('provisioningAction' in raw) && 'action' in raw) {
    const { action, ...rest } = record;
    record = { ...rest, provisioningAction: action };
    renamed = true;
  }
  if (!('provisioningStatusInfo' in raw) && 'statusInfo' in raw) {
    const { statusInfo, ...rest } = record;
    record = { ...rest, provisioningStatusInfo: betaStatus(statusInfo) };
    renamed = true;
  }
  return finish(record, renamed);
}

function betaStatus(statusInfo: unknown): unknown {
  if (!isObj(statusInfo)) return statusInfo;
  const { ['@odata.type']: _type, statusDetails, errorInformation, ...rest } = statusInfo;
  void _type;
  // Beta's statusDetails carries the error fields on statusInfo itself.
  const { errorCode, reason, additionalDetails, errorCategory, recommendedAction, ...others } = rest;
  const flat = errorCode !== undefined || reason !== undefined ? { errorCode, reason, additionalDetails, errorCategory, recommendedAction } : undefined;
  const error = isObj(errorInformation) ? errorInformation : isObj(statusDetails) ? statusDetails : flat;
  return error ? { ...others, errorInformation: error } : others;
}

function parseNested(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return value === '' ? null : value;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return value;
  }
}

const AZURE_COLUMNS: Record<string, string> = {
  Id: 'id',
  JobId: 'jobId',
  CycleId: 'cycleId',
  ChangeId: 'changeId',
  DurationMs: 'durationInMilliseconds',
  ProvisioningAction: 'provisioningAction',
  ProvisioningStatusInfo: 'provisioningStatusInfo',
  ProvisioningSteps: 'provisioningSteps',
  ModifiedProperties: 'modifiedProperties',
  InitiatedBy: 'initiatedBy',
  ServicePrincipal: 'servicePrincipal',
  SourceIdentity: 'sourceIdentity',
  TargetIdentity: 'targetIdentity',
  SourceSystem: 'sourceSystem',
  TargetSystem: 'targetSystem',
};

function fromAzureMonitor(row: Obj): Obj {
  const record: Obj = {};
  const extra: Obj = {};
  for (const [key, value] of Object.entries(row)) {
    const name = key.replace(/ \[UTC\]$/, '');
    const mapped = AZURE_COLUMNS[name];
    if (mapped) record[mapped] = parseNested(value);
    else extra[key] = value;
  }
  record.activityDateTime = row['ActivityDateTime'] ?? row['TimeGenerated'] ?? row['TimeGenerated [UTC]'];
  record.tenantId = row['AADTenantId'] ?? row['TenantId'] ?? null;
  if (typeof record.durationInMilliseconds === 'string') record.durationInMilliseconds = Number(record.durationInMilliseconds);
  // The status column may be empty when only ResultType/ResultSignature/ResultDescription were kept.
  let status = record.provisioningStatusInfo;
  if (!isObj(status)) status = { status: row['ResultType'] };
  const statusObj = status as Obj;
  if (!isObj(statusObj.errorInformation) && (row['ResultSignature'] || row['ResultDescription'])) {
    statusObj.errorInformation = { errorCode: str(row['ResultSignature']) || null, reason: str(row['ResultDescription']) || null };
  }
  record.provisioningStatusInfo = statusObj;
  record['x-pwb-source'] = { format: 'AADProvisioningLogs', ...extra };
  return record;
}

/** A wrongly typed value in a rejection reason: `the number 42`, `an object`. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

function finish(record: Obj, renamed: boolean): NormalizeResult {
  if (record.id === undefined || record.id === null || record.id === '') return { ok: false, reason: 'the record has no id' };
  if (typeof record.id !== 'string') return { ok: false, reason: `the record's id must be a string, not ${describe(record.id)}` };
  const id = record.id;
  const when = record.activityDateTime;
  if (when === undefined || when === null || when === '') return { ok: false, reason: `record ${id}: activityDateTime is missing` };
  if (typeof when !== 'string') return { ok: false, reason: `record ${id}: activityDateTime must be a date string, not ${describe(when)}` };
  if (Number.isNaN(Date.parse(when))) return { ok: false, reason: `record ${id}: activityDateTime "${when}" is not a date` };
  const action = enumValue(record.provisioningAction, ACTIONS, ACTION_ALIASES);
  if (!action) return { ok: false, reason: `record ${id}: provisioningAction ${JSON.stringify(record.provisioningAction ?? null)} is not one of ${PROVISIONING_ACTIONS.join(', ')}` };
  const statusInfo = record.provisioningStatusInfo;
  const status = enumValue(isObj(statusInfo) ? statusInfo.status : undefined, RESULTS, {});
  if (!status || !isObj(statusInfo)) {
    return { ok: false, reason: `record ${id}: provisioningStatusInfo.status ${JSON.stringify(isObj(statusInfo) ? (statusInfo.status ?? null) : null)} is not one of ${PROVISIONING_RESULTS.join(', ')}` };
  }
  const steps = normalizeSteps(record.provisioningSteps, id);
  if (typeof steps === 'string') return { ok: false, reason: steps };
  const properties = normalizeProperties(record.modifiedProperties, id);
  if (typeof properties === 'string') return { ok: false, reason: properties };
  const changed =
    renamed ||
    action !== record.provisioningAction ||
    status !== statusInfo.status ||
    steps !== record.provisioningSteps ||
    properties !== record.modifiedProperties ||
    id !== record.id;
  const out = changed
    ? ({ ...record, id, provisioningAction: action, provisioningStatusInfo: { ...statusInfo, status }, provisioningSteps: steps, modifiedProperties: properties } as ProvisioningObjectSummary)
    : (record as ProvisioningObjectSummary);
  return { ok: true, record: out, renamed: changed };
}

function enumValue<T extends string>(value: unknown, known: ReadonlySet<string>, aliases: Record<string, T>): T | null {
  if (typeof value !== 'string') return null;
  if (known.has(value)) return value as T;
  const lower = value.toLowerCase();
  if (known.has(lower)) return lower as T;
  return aliases[lower] ?? null;
}

function normalizeSteps(value: unknown, id: string): ProvisioningStep[] | string {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return `record ${id}: provisioningSteps is not an array`;
  let out: ProvisioningStep[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const step: unknown = value[i];
    if (!isObj(step) || typeof step.name !== 'string') return `record ${id}: provisioningSteps[${i}] has no name`;
    const type = enumValue(step.provisioningStepType, STEP_TYPES, STEP_TYPE_ALIASES) ?? 'unknownFutureValue';
    const status = enumValue(step.status, RESULTS, {}) ?? 'unknownFutureValue';
    if (type !== step.provisioningStepType || status !== step.status) {
      out ??= (value as ProvisioningStep[]).slice(0, i);
      out.push({ ...step, provisioningStepType: type, status } as ProvisioningStep);
    } else if (out) out.push(step as ProvisioningStep);
  }
  return out ?? (value as ProvisioningStep[]);
}

function normalizeProperties(value: unknown, id: string): ModifiedProperty[] | string {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return `record ${id}: modifiedProperties is not an array`;
  for (let i = 0; i < value.length; i++) {
    const property: unknown = value[i];
    if (!isObj(property) || typeof property.displayName !== 'string') return `record ${id}: modifiedProperties[${i}] has no displayName`;
  }
  return value as ModifiedProperty[];
}

