/**
 * "Export view → JSON" writes grid rows (flat: `status`, `action`, `sourceName`…), not Graph
 * records. Such a row is recognised by its string `status` beside `action` without any status
 * object, and mapped back to Graph's v1.0 shape so that an export imports again without rejections.
 */
type Obj = Record<string, unknown>;

export function isExportRow(raw: Obj): boolean {
  return typeof raw.status === 'string' && 'action' in raw && !('provisioningStatusInfo' in raw) && !('statusInfo' in raw) && !('provisioningAction' in raw);
}

const orNull = (value: unknown): unknown => (value === undefined ? null : value);

export function fromExportRow(row: Obj): Obj {
  const error = row.errorCode ?? row.reason ?? row.errorCategory;
  return {
    id: row.id,
    activityDateTime: row.activityDateTime,
    provisioningAction: row.action,
    provisioningStatusInfo: {
      status: row.status,
      ...(error !== null && error !== undefined ? { errorInformation: { errorCode: orNull(row.errorCode), errorCategory: orNull(row.errorCategory), reason: orNull(row.reason) } } : {}),
    },
    servicePrincipal: { id: orNull(row.servicePrincipalId), displayName: orNull(row.appName) },
    jobId: orNull(row.jobId),
    cycleId: orNull(row.cycleId),
    changeId: orNull(row.changeId),
    durationInMilliseconds: orNull(row.durationMs),
    sourceIdentity: { id: orNull(row.sourceId), displayName: orNull(row.sourceName), identityType: orNull(row.sourceType) },
    targetIdentity: { id: orNull(row.targetId), displayName: orNull(row.targetName), identityType: orNull(row.sourceType) },
    sourceSystem: { displayName: orNull(row.sourceSystem) },
    targetSystem: { displayName: orNull(row.targetSystem) },
    initiatedBy: { displayName: orNull(row.initiatedBy) },
    ...(typeof row.tenantId === 'string' && row.tenantId !== '' ? { tenantId: row.tenantId } : {}),
    provisioningSteps: [],
    modifiedProperties: [],
    'x-pwb-source': { format: 'Provisioning Workbench export', origin: orNull(row.origin) },
  };
}
