import type { ProvisioningObjectSummary } from '../../../shared/graph/provisioning-log';
import { DateTimeValue } from './kql-parser';
import type { Frame, Row } from './kql-eval';

/** AADProvisioningLogs' columns and types (the Azure Monitor table reference). */
export const AAD_PROVISIONING_COLUMNS: Array<{ name: string; type: string }> = [
  { name: 'TenantId', type: 'string' },
  { name: 'SourceSystem', type: 'string' },
  { name: 'TimeGenerated', type: 'datetime' },
  { name: 'OperationName', type: 'string' },
  { name: 'OperationVersion', type: 'string' },
  { name: 'Category', type: 'string' },
  { name: 'ResultType', type: 'string' },
  { name: 'ResultSignature', type: 'string' },
  { name: 'ResultDescription', type: 'string' },
  { name: 'DurationMs', type: 'long' },
  { name: 'CorrelationId', type: 'string' },
  { name: 'AADTenantId', type: 'string' },
  { name: 'ChangeId', type: 'string' },
  { name: 'CycleId', type: 'string' },
  { name: 'Id', type: 'string' },
  { name: 'InitiatedBy', type: 'string' },
  { name: 'JobId', type: 'string' },
  { name: 'ModifiedProperties', type: 'string' },
  { name: 'ProvisioningAction', type: 'string' },
  { name: 'ProvisioningStatusInfo', type: 'string' },
  { name: 'ProvisioningSteps', type: 'string' },
  { name: 'ServicePrincipal', type: 'string' },
  { name: 'SourceIdentity', type: 'string' },
  { name: 'TargetIdentity', type: 'string' },
  { name: 'TargetSystem', type: 'string' },
  { name: 'Type', type: 'string' },
];

const json = (value: unknown) => (value === undefined || value === null ? '' : JSON.stringify(value));
const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/**
 * A Graph provisioning record as diagnostic settings write it to the workspace: PascalCase columns,
 * nested objects as JSON strings, ResultType capitalised ("Failure"), the error code in
 * ResultSignature and the reason in ResultDescription (empty strings, never null, when absent).
 */
export function laRowFromRecord(record: ProvisioningObjectSummary, workspaceTenantId = '00000000-0000-0000-0000-0000000000aa'): Row {
  const error = record.provisioningStatusInfo.errorInformation ?? null;
  return {
    TenantId: workspaceTenantId,
    SourceSystem: json(record.sourceSystem),
    TimeGenerated: new DateTimeValue(Date.parse(record.activityDateTime)),
    OperationName: 'ProvisioningLogs',
    OperationVersion: '1.0',
    Category: 'ProvisioningLogs',
    ResultType: capital(record.provisioningStatusInfo.status),
    ResultSignature: error?.errorCode ?? '',
    ResultDescription: error?.reason ?? '',
    DurationMs: record.durationInMilliseconds ?? null,
    CorrelationId: record.id,
    AADTenantId: record.tenantId ?? '',
    ChangeId: record.changeId ?? '',
    CycleId: record.cycleId ?? '',
    Id: record.id,
    InitiatedBy: json(record.initiatedBy),
    JobId: record.jobId ?? '',
    ModifiedProperties: json(record.modifiedProperties),
    ProvisioningAction: record.provisioningAction,
    ProvisioningStatusInfo: json(record.provisioningStatusInfo),
    ProvisioningSteps: json(record.provisioningSteps),
    ServicePrincipal: json(record.servicePrincipal),
    SourceIdentity: json(record.sourceIdentity),
    TargetIdentity: json(record.targetIdentity),
    TargetSystem: json(record.targetSystem),
    Type: 'AADProvisioningLogs',
  };
}

export function provisioningTable(records: readonly ProvisioningObjectSummary[]): Frame {
  return { columns: AAD_PROVISIONING_COLUMNS, rows: records.map((record) => laRowFromRecord(record)) };
}
