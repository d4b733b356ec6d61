import { parseToMappingSource } from '../expressions';
import type { AttributeMapping, ObjectMapping } from '../graph/synchronization';

/** Entra's default `active` mapping: the user is active unless soft-deleted. */
export const ACTIVE_SWITCH = 'Switch([IsSoftDeleted], , "False", "True", "True", "False")';

/** The enterprise User extension's attribute prefix. */
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:';

export interface RecommendedMappingSpec {
  target: string;
  /** Expression text (`[attr]`, `"constant"`, or a function), or null for a default-only mapping. */
  source: string | null;
  matchingPriority?: number;
  flowType?: AttributeMapping['flowType'];
  defaultValue?: string;
}

export function attributeMapping(spec: RecommendedMappingSpec): AttributeMapping {
  return {
    source: spec.source === null ? null : parseToMappingSource(spec.source),
    targetAttributeName: spec.target,
    matchingPriority: spec.matchingPriority ?? 0,
    flowType: spec.flowType ?? 'Always',
    flowBehavior: 'FlowWhenChanged',
    defaultValue: spec.defaultValue ?? null,
  };
}

export function objectMapping(name: string, objectName: 'User' | 'Group', specs: RecommendedMappingSpec[]): ObjectMapping {
  return {
    name,
    enabled: true,
    flowTypes: 'Add, Update, Delete',
    sourceObjectName: objectName,
    targetObjectName: objectName,
    scope: null,
    metadata: [],
    attributeMappings: specs.map(attributeMapping),
  };
}

/** The recommended user and group object mappings of a vendor profile. */
export interface RecommendedMapping {
  profileId: string;
  /** Where the recommendation comes from. */
  basis: string;
  objectMappings: ObjectMapping[];
}
