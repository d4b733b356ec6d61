import type { auditContract } from '../../../shared/ipc/contracts/audit';
import type { CoreContext, FeatureHandlers } from '../core-context';
import type { AuditService } from './audit-service';

/**
 * Handlers for the mapping audit: run, per-object preview, diff and report export. The engine and
 * its rules load on the first audit request, so they do not slow the app's start.
 */
export function auditHandlers(ctx: CoreContext): FeatureHandlers<keyof typeof auditContract> {
  let service: Promise<AuditService> | undefined;
  const audit = () => (service ??= import('./audit-service').then(({ AuditService }) => new AuditService(ctx.workspace, ctx.now)));
  return {
    'audit:run': async ({ tenantId, appId, profileId }) => (await audit()).run(tenantId, appId, profileId),
    'audit:preview': async ({ tenantId, appId, objectId, operation, dialect, targetObject, targetId }) =>
      (await audit()).preview(tenantId, appId, objectId, operation, { dialect, ...(targetObject ? { targetObject } : {}), ...(targetId ? { targetId } : {}) }),
    'audit:diff': async ({ tenantId, appId, against }) => (await audit()).diff(tenantId, appId, against),
    'audit:report': async ({ tenantId, appId, format, profileId }) => (await audit()).report(tenantId, appId, format, profileId),
  };
}
