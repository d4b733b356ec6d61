import type { RejectedAttribute } from '../../../../shared/audit/rules/rejected-attributes';
import { runAudit, type AssignmentFacts, type AuditInput, type Finding, type LintRule } from '../../../../shared/audit';
import type { AttributeDefinition, AttributeMapping, FilterClause, ObjectMapping, SynchronizationSchema } from '../../../../shared/graph/synchronization';
import { attributeMapping, type RecommendedMappingSpec } from '../../../../shared/vendors/recommended-mapping';

const attr = (name: string, type: AttributeDefinition['type'] = 'String', extra: Partial<AttributeDefinition> = {}): AttributeDefinition => ({
  name,
  type,
  anchor: false,
  caseExact: false,
  multivalued: false,
  required: false,
  referencedObjects: [],
  metadata: [],
  ...extra,
});

export const SOURCE_USER_ATTRIBUTES = [
  attr('objectId'),
  attr('userPrincipalName'),
  attr('mail'),
  attr('mailNickname'),
  attr('displayName'),
  attr('givenName'),
  attr('surname'),
  attr('department'),
  attr('jobTitle'),
  attr('mobile'),
  attr('employeeId'),
  attr('accountEnabled', 'Boolean'),
  attr('IsSoftDeleted', 'Boolean'),
  attr('manager', 'Reference', { referencedObjects: [{ referencedObjectName: 'User', referencedProperty: null }] }),
  attr('proxyAddresses', 'String', { multivalued: true }),
  attr('appRoleAssignments', 'String', { multivalued: true }),
];

export const TARGET_USER_ATTRIBUTES = [
  attr('userName', 'String', { required: true }),
  attr('active', 'Boolean'),
  attr('displayName'),
  attr('name.givenName'),
  attr('name.familyName'),
  attr('externalId'),
  attr('emails[type eq "work"].value'),
  attr('phoneNumbers[type eq "mobile"].value'),
  attr('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', 'Reference', { referencedObjects: [{ referencedObjectName: 'User', referencedProperty: null }] }),
];

/** A clean user mapping: every rule should stay quiet on it. */
export const GOOD_USER: RecommendedMappingSpec[] = [
  { target: 'userName', source: '[userPrincipalName]', matchingPriority: 1 },
  { target: 'active', source: 'Switch([IsSoftDeleted], , "False", "True", "True", "False")' },
  { target: 'name.givenName', source: '[givenName]' },
  { target: 'name.familyName', source: '[surname]' },
  { target: 'externalId', source: '[mailNickname]' },
];

export interface SchemaOptions {
  user?: Array<RecommendedMappingSpec | AttributeMapping>;
  group?: Array<RecommendedMappingSpec | AttributeMapping> | null;
  scope?: ObjectMapping['scope'];
  targetUser?: AttributeDefinition[];
  groupMembersRef?: string[];
}

/** Like Graph, the root keeps the text as typed; text that does not parse keeps only that text. */
const isSpec = (m: RecommendedMappingSpec | AttributeMapping): m is RecommendedMappingSpec => typeof (m as RecommendedMappingSpec).target === 'string';

function toMapping(m: RecommendedMappingSpec | AttributeMapping): AttributeMapping {
  if (!isSpec(m)) return m;
  if (m.source === null) return attributeMapping(m);
  try {
    const mapping = attributeMapping(m);
    return { ...mapping, source: { ...mapping.source!, expression: m.source } };
  } catch {
    return { ...attributeMapping({ ...m, source: null }), source: { type: 'Function', name: null, expression: m.source, parameters: [] } };
  }
}

export function schema(options: SchemaOptions = {}): SynchronizationSchema {
  const objectMappings: ObjectMapping[] = [
    { name: 'Users', enabled: true, sourceObjectName: 'User', targetObjectName: 'User', scope: options.scope ?? null, metadata: [], attributeMappings: (options.user ?? GOOD_USER).map(toMapping) },
  ];
  if (options.group) {
    objectMappings.push({ name: 'Groups', enabled: true, sourceObjectName: 'Group', targetObjectName: 'Group', scope: null, metadata: [], attributeMappings: options.group.map(toMapping) });
  }
  return {
    directories: [
      { id: 'aad', name: 'Azure Active Directory', objects: [{ name: 'User', attributes: SOURCE_USER_ATTRIBUTES, metadata: [], supportedApis: [] }, { name: 'Group', attributes: [attr('objectId'), attr('displayName'), attr('members', 'Reference', { multivalued: true })], metadata: [], supportedApis: [] }] },
      {
        id: 'target',
        name: 'Target',
        objects: [
          { name: 'User', attributes: options.targetUser ?? TARGET_USER_ATTRIBUTES, metadata: [], supportedApis: [] },
          {
            name: 'Group',
            attributes: [
              attr('displayName', 'String', { required: true }),
              attr('externalId'),
              attr('members', 'Reference', { multivalued: true, referencedObjects: (options.groupMembersRef ?? ['User']).map((n) => ({ referencedObjectName: n, referencedProperty: null })) }),
            ],
            metadata: [],
            supportedApis: [],
          },
        ],
      },
    ],
    synchronizationRules: [{ id: 'r1', name: 'USER_OUTBOUND_USER', sourceDirectoryName: 'Azure Active Directory', targetDirectoryName: 'Target', metadata: [], objectMappings }],
  };
}

export type AuditOptions = SchemaOptions & {
  profileId?: string | null;
  assignments?: AssignmentFacts;
  users?: Array<Record<string, unknown>>;
  rejectedAttributes?: RejectedAttribute[];
  graphUnreadableSources?: ReadonlyMap<string, string>;
  rules?: readonly LintRule[];
};

export function audit(options: AuditOptions = {}): Finding[] {
  const input: AuditInput = {
    appName: 'Test app',
    templateId: 'scim',
    profileId: options.profileId ?? null,
    schema: schema(options),
    ...(options.assignments ? { assignments: options.assignments } : {}),
    ...(options.users ? { sampleObjects: { User: options.users } } : {}),
    ...(options.rejectedAttributes ? { rejectedAttributes: options.rejectedAttributes } : {}),
    ...(options.graphUnreadableSources ? { graphUnreadableSources: options.graphUnreadableSources } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  };
  return runAudit(input).findings;
}

/** The findings of one rule run alone. */
export const lint = (rule: LintRule, options: AuditOptions = {}) => audit({ ...options, rules: [rule] });

/** A finding of `rule` on the Users mapping as runAudit reports it; `fields` add the location and override the rest. */
export const finding = (rule: LintRule, fields: Partial<Finding> & { message: string }): Finding => ({
  ruleId: rule.id,
  severity: rule.severity,
  title: rule.title,
  objectMapping: 'Users',
  fixHint: rule.fixHint,
  ...fields,
});

/** GOOD_USER with the mapping to `target` given another source (and e.g. a matching precedence). */
export const replace = (target: string, source: string | null, extra: object = {}) => GOOD_USER.map((m) => (m.target === target ? { ...m, source, ...extra } : m));

export const GOOD_GROUP: RecommendedMappingSpec[] = [
  { target: 'displayName', source: '[displayName]', matchingPriority: 1 },
  { target: 'externalId', source: '[objectId]' },
  { target: 'members', source: '[members]' },
];

/** A scoping filter of one group "g" with one clause. */
export const scopeWith = (sourceOperandName: string, operatorName: string, values: string[] = []): ObjectMapping['scope'] => ({
  groups: [{ name: 'g', clauses: [{ sourceOperandName, operatorName, targetOperand: { values } } satisfies FilterClause] }],
  inputFilterGroups: [],
  categoryFilterGroups: [],
});

export const ruleIds = (findings: Finding[]) => [...new Set(findings.map((f) => f.ruleId))].sort();
