import type { auditContract } from '../../../shared/ipc/contracts/audit';
import type { CoreContext, FeatureHandlers } from '../core-context';
import { AuditService } from './audit-service';

/** Handlers for the mapping audit: run, per-object preview, diff and report export. */
export function auditHandlers(ctx: CoreContext): FeatureHandlers<keyof typeof auditContract> {
  const audit = new AuditService(ctx.workspace, ctx.now);
  return {
    'audit:run': async ({ tenantId, appId, profileId }) => audit.run(tenantId, appId, profileId),
    'audit:preview': async ({ tenantId, appId, objectId, operation }) => audit.preview(tenantId, appId, objectId, operation),
    'audit:diff': async ({ tenantId, appId, against }) => audit.diff(tenantId, appId, against),
    'audit:report': async ({ tenantId, appId, format, profileId }) => audit.report(tenantId, appId, format, profileId),
  };
}
