import { auditApp, diffMappings, findApp, type AppAudit, type MappingDiff } from '../../../shared/audit';
import { REPORT_FILE_EXTENSION, REPORT_MIME_TYPE, renderReport, type ReportFormat } from '../../../shared/audit/report';
import { AppError } from '../../../shared/errors';
import type { AttributeDefinition, ObjectMapping } from '../../../shared/graph/synchronization';
import type { AuditPreview, AuditRun } from '../../../shared/ipc/contracts/audit';
import type { PopulationMember } from '../../../shared/mapping/app-population';
import { PopulationSearch } from '../../../shared/mapping/population-search';
import { CompiledObjectMapping, encodeOutcome, type MappingOperation } from '../../../shared/mapping/evaluate-mapping';
import { buildScimCreate } from '../../../shared/mapping/scim-payload';
import type { ServicePrincipalSnapshot, Snapshot } from '../../../shared/snapshot/schema';
import { objectRules } from '../../../shared/sync/cycle-context';
import { planCreate, planUpdate } from '../../../shared/sync/plan-export';
import type { Dialect } from '../../../shared/sync/types';
import { recommendedMappingFor, VENDOR_PROFILES } from '../../../shared/vendors';
import { parseSnapshotText } from './parse-snapshot';
import type { WorkspaceDb } from '../db/workspace-db';
import { exportSnapshot } from '../workspace/export-snapshot';

const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'app';

/** The mapping audit over the workspace: each call reads the app as a one-app snapshot, so results always match the cache. */
export class AuditService {
  constructor(
    private readonly workspace: WorkspaceDb,
    private readonly now: () => Date,
  ) {}

  private load(tenantId: string, appId: string): { snapshot: Snapshot; sp: ServicePrincipalSnapshot } {
    const snapshot = exportSnapshot(this.workspace, tenantId, appId, this.now());
    const sp = snapshot.servicePrincipals[0];
    if (!sp) throw new AppError('NOT_FOUND', `There is no app ${appId} in this tenant.`);
    if (sp.synchronization.jobs.length === 0) throw new AppError('NOT_FOUND', `${sp.displayName ?? appId} has no provisioning job, so there are no mappings to audit.`);
    return { snapshot, sp };
  }

  private audit(tenantId: string, appId: string, profileId?: string | null): { audit: AppAudit; sp: ServicePrincipalSnapshot; snapshot: Snapshot } {
    const { snapshot, sp } = this.load(tenantId, appId);
    return { audit: auditApp(sp, snapshot, { now: this.now(), ...(profileId === undefined ? {} : { profileId }) }), sp, snapshot };
  }

  run(tenantId: string, appId: string, profileId?: string | null): AuditRun {
    const { audit, sp } = this.audit(tenantId, appId, profileId);
    const job = sp.synchronization.jobs.find((j) => j.id === audit.jobId) ?? sp.synchronization.jobs[0]!;
    const rules = job.schema.synchronizationRules;
    const sourceDirectory = job.schema.directories.find((d) => d.name === rules[0]?.sourceDirectoryName);
    return {
      appId: audit.appId,
      appName: audit.appName,
      jobId: audit.jobId,
      templateId: audit.templateId,
      profileId: audit.profileId,
      counts: audit.counts,
      findings: audit.findings,
      objectMappings: rules.flatMap((rule) =>
        rule.objectMappings.map((om) => ({
          name: om.name,
          objectKind: /group$/i.test(om.sourceObjectName) ? ('Group' as const) : ('User' as const),
          enabled: om.enabled,
          sourceObjectName: om.sourceObjectName,
          targetObjectName: om.targetObjectName,
          attributeMappings: new CompiledObjectMapping(om).attributes.map((a, index) => ({
            index,
            targetAttributeName: a.mapping.targetAttributeName,
            expression: a.expression,
            matchingPriority: a.mapping.matchingPriority,
            flowType: a.mapping.flowType,
            defaultValue: a.mapping.defaultValue ?? null,
          })),
          sourceAttributes: (sourceDirectory?.objects.find((o) => o.name === om.sourceObjectName)?.attributes ?? []).map((a) => a.name),
        })),
      ),
      population: populationStart(audit.population.members),
      nestedOnlyUsers: audit.population.nestedOnlyUsers,
      profiles: VENDOR_PROFILES.map((p) => ({ id: p.id, displayName: p.displayName })),
    };
  }

  preview(
    tenantId: string,
    appId: string,
    objectId: string,
    operation: MappingOperation,
    against: { dialect?: Dialect; targetObject?: Record<string, unknown>; targetId?: string } = {},
  ): AuditPreview {
    const { audit, sp } = this.audit(tenantId, appId);
    const member = audit.population.members.find((m) => m.id === objectId);
    if (!member) throw new AppError('NOT_FOUND', `That user or group is not assigned to ${audit.appName}; pick one from the list.`);
    const job = sp.synchronization.jobs.find((j) => j.id === audit.jobId) ?? sp.synchronization.jobs[0]!;
    const rule = job.schema.synchronizationRules[0];
    const objectMapping = rule?.objectMappings.find((om) => (/group$/i.test(om.sourceObjectName) ? 'Group' : 'User') === member.kind);
    if (!objectMapping) throw new AppError('NOT_FOUND', `${audit.appName} has no ${member.kind.toLowerCase()} object mapping.`);
    const targetObject = job.schema.directories.find((d) => d.name === rule!.targetDirectoryName)?.objects.find((o) => o.name === objectMapping.targetObjectName);
    const outcomes = new CompiledObjectMapping(objectMapping).evaluate(member.source, { operation, trace: true, env: { now: () => this.now().getTime() } });
    const scim = buildScimCreate(outcomes, {
      resourceType: objectMapping.targetObjectName,
      targetAttribute: (name) => {
        const def = targetObject?.attributes.find((a) => a.name.toLowerCase() === name.toLowerCase());
        return def ? { type: def.type, multivalued: def.multivalued } : undefined;
      },
    });
    return {
      objectId: member.id,
      kind: member.kind,
      displayName: member.displayName,
      objectMapping: objectMapping.name,
      inScope: member.inScope,
      source: member.source,
      attributes: outcomes.map(encodeOutcome),
      scim,
      plan: this.plan(objectMapping, targetObject?.attributes ?? [], member, operation, sp.displayName ?? appId, against),
    };
  }

  /** The trial-sync engine's own planner: what a create or an update would send, or what Entra would log instead. */
  private plan(
    objectMapping: ObjectMapping,
    targetAttributes: AttributeDefinition[],
    member: { id: string; kind: 'User' | 'Group'; detail: string; displayName: string; source: Record<string, unknown> },
    operation: MappingOperation,
    targetName: string,
    against: { dialect?: Dialect; targetObject?: Record<string, unknown>; targetId?: string },
  ): AuditPreview['plan'] {
    if (!objectMapping.enabled) {
      return { operation, blocked: `The ${member.kind.toLowerCase()} object mapping "${objectMapping.name}" is disabled: Entra sends nothing for ${member.kind.toLowerCase()}s.`, failure: null, request: null, summary: 'Nothing would be sent.' };
    }
    const rules = objectRules(objectMapping, targetAttributes);
    const reportable = member.kind === 'User' ? member.detail : member.displayName;
    const env = { now: () => this.now().getTime() };
    const path = member.kind === 'User' ? '/Users' : '/Groups';
    if (operation === 'create') {
      const plan = planCreate(rules, member.kind, member.source, { reportable, targetName, env });
      if (plan.failure) return { operation, blocked: null, failure: plan.failure, request: null, summary: `The create would fail (${plan.failure.errorCode}); no POST is sent.` };
      return { operation, blocked: null, failure: null, request: { method: 'POST', path, body: plan.body }, summary: `A POST with ${plan.sentCount} attribute${plan.sentCount === 1 ? '' : 's'}.` };
    }
    const target = against.targetObject ?? {};
    const plan = planUpdate(rules, member.kind, member.source, target, against.dialect ?? 'default', { reportable, env });
    const where = against.targetObject ? 'the target object' : 'an empty target object';
    if (plan.failure) return { operation, blocked: null, failure: plan.failure, request: null, summary: `The update would fail (${plan.failure.errorCode}).` };
    if (!plan.body) return { operation, blocked: null, failure: null, request: null, summary: `Nothing to send: every mapped value equals ${where} (Entra logs RedundantExport).` };
    const id = against.targetId ?? (typeof target['id'] === 'string' ? target['id'] : '{id}');
    return {
      operation,
      blocked: null,
      failure: null,
      request: { method: 'PATCH', path: `${path}/${id}`, body: plan.body },
      summary: `${plan.changes.length} attribute${plan.changes.length === 1 ? ' differs' : 's differ'} from ${where}: ${plan.changes.map((c) => c.path).join(', ')}.`,
    };
  }

  diff(
    tenantId: string,
    appId: string,
    against: { kind: 'recommended'; profileId?: string | undefined } | { kind: 'snapshot'; fileName: string; text: string } | { kind: 'mappings'; label: string; objectMappings: ObjectMapping[] },
  ): MappingDiff {
    const { sp } = this.load(tenantId, appId);
    const current = objectMappingsOf(sp);
    if (against.kind === 'recommended') {
      const { audit } = this.audit(tenantId, appId);
      const profileId = against.profileId ?? audit.profileId ?? 'generic';
      const recommended = recommendedMappingFor(profileId);
      if (!recommended) throw new AppError('NOT_FOUND', `There is no recommended mapping for the profile "${profileId}".`);
      return diffMappings(current, recommended.objectMappings, { left: `${sp.displayName ?? appId} (workspace)`, right: `Recommended: ${recommended.basis}` });
    }
    if (against.kind === 'mappings') return diffMappings(against.objectMappings, current, { left: against.label, right: `${sp.displayName ?? appId} (workspace)` });
    const other = parseSnapshotText(against.text, against.fileName);
    const otherApp = findApp(other.servicePrincipals, sp.id) ?? findApp(other.servicePrincipals, sp.appId ?? '') ?? findApp(other.servicePrincipals, sp.displayName ?? '');
    if (!otherApp) throw new AppError('NOT_FOUND', `${against.fileName} does not contain ${sp.displayName ?? appId}.`);
    return diffMappings(objectMappingsOf(otherApp), current, { left: `${against.fileName} (${other.exportedAt})`, right: `${sp.displayName ?? appId} (workspace)` });
  }

  report(tenantId: string, appId: string, format: ReportFormat, profileId?: string | null): { fileName: string; mimeType: string; text: string } {
    const { audit } = this.audit(tenantId, appId, profileId);
    const tenantName = this.workspace.tenants.get(tenantId)?.display_name;
    const text = renderReport(format, { audit, generatedAt: this.now().toISOString(), ...(tenantName ? { tenantName } : {}) });
    return { fileName: `audit-${safeFileName(audit.appName)}.${REPORT_FILE_EXTENSION[format]}`, mimeType: REPORT_MIME_TYPE[format], text };
  }
}

export function objectMappingsOf(sp: ServicePrincipalSnapshot): ObjectMapping[] {
  return (sp.synchronization.jobs[0]?.schema.synchronizationRules ?? []).flatMap((r) => r.objectMappings);
}

function populationStart(members: readonly PopulationMember[]): AuditRun['population'] {
  const search = new PopulationSearch(members);
  return { total: members.length, firstUser: search.first('User'), firstGroup: search.first('Group') };
}
