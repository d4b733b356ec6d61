import { parseToMappingSource } from '../shared/expressions';
import type { AttributeMapping, AttributeMappingSource } from '../shared/graph/synchronization';
import { GENERIC_RECOMMENDED } from '../shared/vendors/generic/recommended';
import type { RecommendedMapping } from '../shared/vendors/recommended-mapping';

export interface MappingOptions {
  matchingPriority?: number;
  flowType?: AttributeMapping['flowType'];
  defaultValue?: string | null;
}

/** An attribute mapping in the shape and key order Graph returns it. */
function graphMapping(targetAttributeName: string, source: AttributeMappingSource | null, options: MappingOptions): AttributeMapping {
  return {
    defaultValue: options.defaultValue ?? null,
    exportMissingReferences: false,
    flowBehavior: 'FlowWhenChanged',
    flowType: options.flowType ?? 'Always',
    matchingPriority: options.matchingPriority ?? 0,
    source,
    targetAttributeName,
  };
}

/** `expression → target`, the source parsed by the product's own parser into Graph's `attributeMappingSource`. */
export function mapping(targetAttributeName: string, expression: string, options: MappingOptions = {}): AttributeMapping {
  return graphMapping(targetAttributeName, parseToMappingSource(expression), options);
}

/** A direct mapping `[source] → target`. */
export function direct(targetAttributeName: string, sourceAttribute: string, options: MappingOptions = {}): AttributeMapping {
  return mapping(targetAttributeName, `[${sourceAttribute}]`, options);
}

/** A vendor's recommended user or group mappings (shared/vendors), as Graph returns them once configured. */
export function recommendedMappings(recommended: RecommendedMapping, kind: 'User' | 'Group'): AttributeMapping[] {
  const objectMapping = recommended.objectMappings.find((candidate) => candidate.sourceObjectName === kind);
  if (!objectMapping) throw new Error(`The ${recommended.profileId} recommendation has no ${kind} mapping`);
  return objectMapping.attributeMappings.map((m) =>
    graphMapping(m.targetAttributeName, m.source ?? null, { matchingPriority: m.matchingPriority, flowType: m.flowType, defaultValue: m.defaultValue ?? null }),
  );
}

/** Entra's default mappings of a non-gallery SCIM app (customappsso), before any edits: the generic recommendation. */
export function customAppSsoDefaults(kind: 'User' | 'Group'): AttributeMapping[] {
  return recommendedMappings(GENERIC_RECOMMENDED, kind);
}

/** The first mapping of `from` to this target. */
export function pickOne(from: readonly AttributeMapping[], target: string): AttributeMapping {
  const found = from.find((candidate) => candidate.targetAttributeName === target);
  if (!found) throw new Error(`No recommended mapping to ${target}`);
  return found;
}

/** The mappings to these targets in this order, as an admin's edited list shows them. */
export function pick(from: readonly AttributeMapping[], targets: readonly string[]): AttributeMapping[] {
  return targets.map((target) => pickOne(from, target));
}
