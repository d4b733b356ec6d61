import { AppError } from '../../errors';
import type { SynchronizationRule, SynchronizationSchema } from '../../graph/synchronization';
import { MAX_GROUP_MEMBERS } from '../run-trial';

/** Provision on demand's rate limit: this many requests per window (graph-facts §2.7). */
export const ON_DEMAND_RATE = { requests: 5, windowMs: 10_000 } as const;

export type OnDemandSubject = { kind: 'User'; id: string } | { kind: 'Group'; id: string; memberIds: readonly string[] };

interface SubjectRef {
  objectId: string;
  objectTypeName: 'User' | 'Group';
  links?: { members: Array<{ objectId: string; objectTypeName: 'User' }> };
}

/** The body of `POST …/jobs/{jobId}/provisionOnDemand`. */
export interface ProvisionOnDemandBody {
  parameters: Array<{ ruleId: string; subjects: SubjectRef[] }>;
}

const ENTRA_SOURCE = /^(azure active directory|microsoft entra id|aad)$/i;

/**
 * The rule provision on demand runs: the outbound rule whose source is Entra ID (USER_OUTBOUND_USER
 * in gallery and custom SCIM apps), else the only rule. Its id is the request's `ruleId`.
 */
export function onDemandRule(schema: Pick<SynchronizationSchema, 'synchronizationRules'>): SynchronizationRule {
  const rules = schema.synchronizationRules;
  const fromEntra = rules.filter((rule) => ENTRA_SOURCE.test(rule.sourceDirectoryName?.trim() ?? ''));
  const rule = fromEntra.find((r) => /OUTBOUND/i.test(r.name)) ?? fromEntra[0] ?? (rules.length === 1 ? rules[0] : undefined);
  if (!rule) {
    throw new AppError(
      'NOT_FOUND',
      rules.length === 0
        ? 'The job\'s schema has no synchronization rule, so there is no ruleId for provision on demand. Read the app again from Microsoft Graph.'
        : `None of the job's ${rules.length} synchronization rules has Microsoft Entra ID as its source, so provision on demand cannot be asked for this app.`,
    );
  }
  return rule;
}

/** The request body: one subject, a group with the members picked under `links.members`. */
export function provisionOnDemandBody(ruleId: string, subject: OnDemandSubject): ProvisionOnDemandBody {
  if (!ruleId.trim()) throw new AppError('BAD_REQUEST', 'The ruleId is empty; Entra would answer RequestParameterInvalid.');
  if (subject.kind === 'User') return { parameters: [{ ruleId, subjects: [{ objectId: subject.id, objectTypeName: 'User' }] }] };
  const members = subject.memberIds.map((objectId) => ({ objectId, objectTypeName: 'User' as const }));
  return { parameters: [{ ruleId, subjects: [{ objectId: subject.id, objectTypeName: 'Group', ...(members.length ? { links: { members } } : {}) }] }] };
}

/** Apps authorised with OAuth rather than a token (ED provision-on-demand.md): their job must be stopped for on demand. */
const OAUTH_APPS = /g\s*suite|google\s*(cloud|workspace)|\bbox\b|workplace\s*(by|from)\s*(facebook|meta)|slack/i;

export function isOAuthAuthorizedApp(templateId: string | null | undefined, displayName: string | null | undefined): boolean {
  return OAUTH_APPS.test(templateId ?? '') || OAUTH_APPS.test(displayName ?? '');
}

export interface GuardInput {
  subject: OnDemandSubject;
  /** Each picked member: whether it is a user that is a direct member, or a nested group. */
  members: ReadonlyArray<{ id: string; displayName: string; nested: boolean }>;
  /** The actions our prediction expects, per object. */
  predictedActions: ReadonlyArray<{ object: string; action: string }>;
}

/** What provision on demand cannot do, refused before our prediction is sent anywhere (ED provision-on-demand.md). */
export function refusalOf(input: GuardInput): string | null {
  if (input.subject.kind === 'Group') {
    if (input.subject.memberIds.length > MAX_GROUP_MEMBERS) {
      return `Provision on demand takes a group with at most ${MAX_GROUP_MEMBERS} members; ${input.subject.memberIds.length} were picked. Pick ${MAX_GROUP_MEMBERS} or fewer.`;
    }
    const nested = input.members.filter((m) => m.nested);
    if (nested.length) {
      return `Provision on demand does not support nested groups: ${nested.map((m) => m.displayName).join(', ')} ${nested.length === 1 ? 'is a group' : 'are groups'} inside this group. Pick users who are direct members.`;
    }
  }
  const deletes = input.predictedActions.filter((a) => a.action === 'delete');
  if (deletes.length) {
    return `Provision on demand does not support deletes, and our prediction is that ${deletes.map((d) => d.object).join(', ')} would be deleted. Use trial sync to see the delete, or let the regular cycle do it.`;
  }
  return null;
}
