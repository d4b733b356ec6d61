import type { ProvisioningObjectSummary } from '../shared/graph/provisioning-log';
import { AAD_DIRECTORY_ID, AAD_DIRECTORY_NAME } from './directory-aad';
import { groupOutcome } from './group-outcomes';
import type { CycleRef, LogEvent } from './log-events';
import { EMPTY_DETAILS } from './log-steps';
import type { GroupSubject, JobLogContext } from './log-subjects';
import type { Random } from './random';
import { isoMillis } from './time';
import { userOutcome } from './user-outcomes';

/*
 * Parts every record of a job repeats are built once and frozen: 6,000 records then cost far
 * fewer objects (generation time is mostly garbage collection). Frozen, so a consumer that
 * mutates one record fails loudly instead of silently changing them all.
 */
const INITIATOR = Object.freeze({ id: '', displayName: 'Azure AD Provisioning Service', initiatorType: 'system' as const });
const SOURCE_SYSTEM = Object.freeze({ id: AAD_DIRECTORY_ID, displayName: AAD_DIRECTORY_NAME, details: EMPTY_DETAILS });

interface SharedParts {
  servicePrincipal: Readonly<{ id: string; displayName: string }>;
  targetSystem: Readonly<{ id: string; displayName: string; details: Readonly<Record<string, string>> }>;
}
const sharedParts = new WeakMap<JobLogContext, SharedParts>();

function partsOf(ctx: JobLogContext): SharedParts {
  let parts = sharedParts.get(ctx);
  if (!parts) {
    const { id, displayName, appId } = ctx.servicePrincipal;
    parts = {
      servicePrincipal: Object.freeze({ id, displayName }),
      targetSystem: Object.freeze({
        id: ctx.targetSystemId,
        displayName: ctx.targetName,
        details: Object.freeze({ ApplicationId: appId, ServicePrincipalId: id, ServicePrincipalDisplayName: displayName }),
      }),
    };
    sharedParts.set(ctx, parts);
  }
  return parts;
}

/** One provisioning-log record in Graph's v1.0 shape. */
export function buildRecord(ctx: JobLogContext, cycle: CycleRef, atMs: number, random: Random, event: LogEvent): ProvisioningObjectSummary {
  const outcome = 'group' in event.subject ? groupOutcome(ctx, event as Extract<LogEvent, { subject: GroupSubject }>) : userOutcome(ctx, event as Exclude<LogEvent, { subject: GroupSubject }>);
  const slow = outcome.error?.errorCode === 'Timeout';
  const shared = partsOf(ctx);
  return {
    id: random.guid(),
    activityDateTime: isoMillis(atMs),
    tenantId: ctx.tenantId,
    jobId: ctx.jobId,
    cycleId: cycle.cycleId,
    changeId: random.guid(),
    durationInMilliseconds: slow ? random.int(60_000, 100_000) : random.int(180, outcome.status === 'skipped' ? 900 : 4200),
    provisioningAction: outcome.action,
    provisioningStatusInfo: { status: outcome.status, errorInformation: outcome.error },
    provisioningSteps: outcome.steps,
    modifiedProperties: outcome.modified,
    initiatedBy: INITIATOR,
    servicePrincipal: shared.servicePrincipal,
    sourceIdentity: { id: outcome.sourceId, displayName: outcome.sourceName, identityType: outcome.identityType, details: EMPTY_DETAILS },
    targetIdentity: {
      id: outcome.targetId,
      displayName: outcome.targetId ? outcome.sourceName : '',
      identityType: outcome.identityType,
      details: EMPTY_DETAILS,
    },
    sourceSystem: SOURCE_SYSTEM,
    targetSystem: shared.targetSystem,
  };
}
