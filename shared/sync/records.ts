import type { ProvisioningObjectSummary, ProvisioningStep } from '../graph/provisioning-log';
import type { ObjectRun, PhaseName } from './types';

export const TRIAL_INITIATOR = 'Provisioning Workbench trial sync';
const AAD = 'Azure Active Directory';

export interface RecordContext {
  tenantId: string;
  jobId: string;
  cycleId: string;
  servicePrincipal: { id: string; appId: string; displayName: string };
  targetName: string;
  activityDateTime: string;
  newId: () => string;
}

/** Phase → the log's step type; records list steps Import → Matching → Scoping → Export (scim-entra §4.12 item 40). */
const LOG_ORDER: ReadonlyArray<[PhaseName, ProvisioningStep['provisioningStepType']]> = [
  ['import', 'import'],
  ['match', 'matching'],
  ['scope', 'scoping'],
  ['action', 'export'],
];

/** One object's run as a provisioningObjectSummary in Graph's v1.0 shape, marked as a trial run by its initiator. */
export function buildTrialRecord(run: ObjectRun, ctx: RecordContext): ProvisioningObjectSummary {
  const steps: ProvisioningStep[] = [];
  for (const [phaseName, type] of LOG_ORDER) {
    const phase = run.phases.find((p) => p.name === phaseName);
    const step = run.logSteps[phaseName];
    if (!phase || !step) continue;
    steps.push({ name: step.name, provisioningStepType: type, status: phase.status, description: step.description, details: step.details });
  }
  return {
    id: ctx.newId(),
    activityDateTime: ctx.activityDateTime,
    tenantId: ctx.tenantId,
    jobId: ctx.jobId,
    cycleId: ctx.cycleId,
    changeId: ctx.newId(),
    durationInMilliseconds: Math.max(0, Math.round(run.durationMs)),
    provisioningAction: run.action,
    provisioningStatusInfo: {
      status: run.status,
      errorInformation: run.error
        ? {
            errorCode: run.error.errorCode,
            reason: run.error.reason,
            additionalDetails: run.error.additionalDetails,
            errorCategory: run.error.errorCategory,
            recommendedAction: run.error.recommendedAction,
          }
        : null,
    },
    provisioningSteps: steps,
    modifiedProperties: run.modifiedProperties,
    initiatedBy: { id: '', displayName: TRIAL_INITIATOR, initiatorType: 'user' },
    servicePrincipal: { id: ctx.servicePrincipal.id, displayName: ctx.servicePrincipal.displayName },
    sourceIdentity: { id: run.sourceId, displayName: run.displayName, identityType: run.kind, details: {} },
    targetIdentity: { id: run.targetId ?? '', displayName: run.targetId ? run.displayName : '', identityType: run.kind, details: {} },
    sourceSystem: { id: null, displayName: AAD, details: {} },
    targetSystem: {
      id: null,
      displayName: ctx.targetName,
      details: { ApplicationId: ctx.servicePrincipal.appId, ServicePrincipalId: ctx.servicePrincipal.id, ServicePrincipalDisplayName: ctx.servicePrincipal.displayName },
    },
  };
}
