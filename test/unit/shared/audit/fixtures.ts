import type { RejectedAttribute } from '../../../../shared/audit/rules/log-rejection-rules';
import { runAudit, type AssignmentFacts, type AuditInput, type Finding } from '../../../../shared/audit';
import type { AttributeDefinition, AttributeMapping, ObjectMapping, SynchronizationSchema } from '../../../../shared/graph/synchronization';
import { attributeMapping, type RecommendedMappingSpec } from '../../../../shared/mapping/recommended/build';

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

export function audit(options: SchemaOptions & { profileId?: string | null; assignments?: AssignmentFacts; users?: Array<Record<string, unknown>>; rejectedAttributes?: RejectedAttribute[] } = {}): Finding[] {
  const input: AuditInput = {
    appName: 'Test app',
    templateId: 'scim',
    profileId: options.profileId ?? null,
    schema: schema(options),
    ...(options.assignments ? { assignments: options.assignments } : {}),
    ...(options.users ? { sampleObjects: { User: options.users } } : {}),
    ...(options.rejectedAttributes ? { rejectedAttributes: options.rejectedAttributes } : {}),
  };
  return runAudit(input).findings;
}

export const ruleIds = (findings: Finding[]) => [...new Set(findings.map((f) => f.ruleId))].sort();
