import fs from 'node:fs';
import path from 'node:path';
import type { ProvisioningObjectSummary } from '../../../../../shared/graph/provisioning-log';
import { csvLine } from '../../../../../shared/logs/log-export-format';

/** Writers for every accepted input format, fed with sample records (test fixtures made at run time). */
export const write = (dir: string, name: string, text: string | Buffer): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

export const portalJson = (records: readonly ProvisioningObjectSummary[]) => JSON.stringify(records);
export const jsonLines = (records: readonly unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
export const graphPages = (records: readonly ProvisioningObjectSummary[], size: number) => {
  const pages: string[] = [];
  for (let i = 0; i < records.length; i += size) {
    pages.push(JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#auditLogs/provisioning', value: records.slice(i, i + size), '@odata.nextLink': 'https://graph.microsoft.com/v1.0/auditLogs/provisioning?$skiptoken=x' }, null, 2));
  }
  return pages.join('\n');
};

/** The beta names: `action` (capitalized, as the portal's PowerShell sample reads it) and `statusInfo`. */
export const toBeta = (r: ProvisioningObjectSummary) => {
  const { provisioningAction, provisioningStatusInfo, ...rest } = r;
  const action = provisioningAction.charAt(0).toUpperCase() + provisioningAction.slice(1);
  return { ...rest, action, statusInfo: { '@odata.type': '#microsoft.graph.statusDetails', status: provisioningStatusInfo.status, ...(provisioningStatusInfo.errorInformation ?? {}) } };
};

/** The portal's three CSV files, with header names in the portal's label style. */
export function portalCsv(records: readonly ProvisioningObjectSummary[]) {
  const main = [
    csvLine(['Date (UTC)', 'Id', 'Job Id', 'Cycle Id', 'Change Id', 'Action', 'Status', 'Source Identity Name', 'Source Identity Id', 'Identity Type', 'Target Identity Id',
      'Source System', 'Target System', 'Service Principal Name', 'Service Principal Id', 'Initiated By', 'Duration (ms)', 'Error Code', 'Reason', 'Tenant Id', 'Portal Only Column']),
  ];
  const steps = [csvLine(['Change Id', 'Step Number', 'Name', 'Type', 'Status', 'Description', 'Details'])];
  const props = [csvLine(['Change Id', 'Display Name', 'Old Value', 'New Value'])];
  for (const r of records) {
    const e = r.provisioningStatusInfo.errorInformation;
    main.push(csvLine([r.activityDateTime.replace('T', ' ').replace('Z', ''), r.id, r.jobId, r.cycleId, r.changeId, r.provisioningAction.toUpperCase()[0] + r.provisioningAction.slice(1),
      r.provisioningStatusInfo.status, r.sourceIdentity?.displayName, r.sourceIdentity?.id, r.sourceIdentity?.identityType, r.targetIdentity?.id,
      r.sourceSystem?.displayName, r.targetSystem?.displayName, r.servicePrincipal?.displayName, r.servicePrincipal?.id, r.initiatedBy?.displayName,
      r.durationInMilliseconds, e?.errorCode, e?.reason, r.tenantId, 'x']));
    r.provisioningSteps.forEach((s, i) => steps.push(csvLine([r.changeId, i + 1, s.name, s.provisioningStepType, s.status, s.description, JSON.stringify(s.details ?? {})])));
    r.modifiedProperties.forEach((p) => props.push(csvLine([r.changeId, p.displayName, p.oldValue, p.newValue])));
  }
  return { main: main.join(''), steps: steps.join(''), props: props.join('') };
}

/** A row of Azure Monitor's AADProvisioningLogs table: PascalCase, nested columns as JSON strings. */
export function azureRow(r: ProvisioningObjectSummary): Record<string, string | number> {
  const e = r.provisioningStatusInfo.errorInformation;
  return {
    TenantId: 'la-workspace', 'TimeGenerated [UTC]': r.activityDateTime, Id: r.id, JobId: r.jobId ?? '', CycleId: r.cycleId ?? '', ChangeId: r.changeId ?? '',
    DurationMs: r.durationInMilliseconds ?? 0, ProvisioningAction: r.provisioningAction, ResultType: r.provisioningStatusInfo.status[0]!.toUpperCase() + r.provisioningStatusInfo.status.slice(1),
    ResultSignature: e?.errorCode ?? '', ResultDescription: e?.reason ?? '', ProvisioningStatusInfo: JSON.stringify(r.provisioningStatusInfo),
    ProvisioningSteps: JSON.stringify(r.provisioningSteps), ModifiedProperties: JSON.stringify(r.modifiedProperties), InitiatedBy: JSON.stringify(r.initiatedBy),
    ServicePrincipal: JSON.stringify(r.servicePrincipal), SourceIdentity: JSON.stringify(r.sourceIdentity), TargetIdentity: JSON.stringify(r.targetIdentity),
    SourceSystem: JSON.stringify(r.sourceSystem), TargetSystem: JSON.stringify(r.targetSystem), OperationName: 'Provisioning activity', Category: 'ProvisioningLogs', Type: 'AADProvisioningLogs',
  };
}

export function azureCsv(records: readonly ProvisioningObjectSummary[]): string {
  const rows = records.map(azureRow);
  return [csvLine(Object.keys(rows[0]!)), ...rows.map((row) => csvLine(Object.values(row)))].join('');
}
