import type { AttributeDefinition, MetadataEntry, ObjectDefinition } from '../shared/graph/synchronization';

export interface AttributeOptions {
  anchor?: boolean;
  caseExact?: boolean;
  multivalued?: boolean;
  required?: boolean;
  mutability?: AttributeDefinition['mutability'];
  references?: string[];
}

/** An attributeDefinition with Graph's defaults spelled out, as `GET …/schema` returns every field. */
export function attribute(name: string, type: AttributeDefinition['type'] = 'String', options: AttributeOptions = {}): AttributeDefinition {
  return {
    anchor: options.anchor ?? false,
    caseExact: options.caseExact ?? false,
    defaultValue: null,
    flowNullValues: false,
    metadata: [],
    multivalued: options.multivalued ?? false,
    mutability: options.mutability ?? 'ReadWrite',
    name,
    referencedObjects: (options.references ?? []).map((referencedObjectName) => ({ referencedObjectName, referencedProperty: null })),
    required: options.required ?? false,
    type,
  };
}

export function objectDefinition(name: string, attributes: AttributeDefinition[], metadata: MetadataEntry[] = []): ObjectDefinition {
  return { attributes, metadata, name, supportedApis: [] };
}
