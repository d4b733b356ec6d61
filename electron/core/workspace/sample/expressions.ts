import type { AttributeMapping, AttributeMappingSource } from '../../../../shared/graph/synchronization';

/**
 * Builders for mapping sources in the exact parsed form Graph returns (`attributeMappingSource`):
 * the `expression` text is rebuilt from the tree, so the two can never disagree.
 */

export function attr(name: string): AttributeMappingSource {
  return { expression: `[${name}]`, name, type: 'Attribute', parameters: [] };
}

export function constant(value: string): AttributeMappingSource {
  return { expression: `"${value.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`, name: value, type: 'Constant', parameters: [] };
}

/** `null` marks an empty positional argument: it shows in the text (`, ,`) but not in `parameters`. */
export type Argument = readonly [key: string, value: AttributeMappingSource] | null;

export function fn(name: string, args: readonly Argument[]): AttributeMappingSource {
  return {
    expression: `${name}(${args.map((arg) => (arg ? arg[1].expression : '')).join(', ')})`,
    name,
    type: 'Function',
    parameters: args.filter((arg) => arg !== null).map(([key, value]) => ({ key, value })),
  };
}

/** The gallery default for `active`: `Switch([IsSoftDeleted], , "False", "True", "True", "False")`. */
export function activeFromSoftDeleteSwitch(): AttributeMappingSource {
  return fn('Switch', [
    ['source', attr('IsSoftDeleted')],
    null,
    ['switchValue', constant('False')],
    ['switchValue', constant('True')],
    ['switchValue', constant('True')],
    ['switchValue', constant('False')],
  ]);
}

/** `Not([IsSoftDeleted])`, as OfficeRnD's guide asks. */
export function activeFromNotSoftDeleted(): AttributeMappingSource {
  return fn('Not', [['source', attr('IsSoftDeleted')]]);
}

/** `Join(" ", [givenName], [surname])` */
export function joinNames(): AttributeMappingSource {
  return fn('Join', [
    ['separator', constant(' ')],
    ['source', attr('givenName')],
    ['source', attr('surname')],
  ]);
}

export interface MappingOptions {
  matchingPriority?: number;
  flowType?: AttributeMapping['flowType'];
  defaultValue?: string;
}

export function mapping(targetAttributeName: string, source: AttributeMappingSource | null, options: MappingOptions = {}): AttributeMapping {
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

/** A direct mapping `[source] → target`. */
export function direct(targetAttributeName: string, sourceAttribute: string, options: MappingOptions = {}): AttributeMapping {
  return mapping(targetAttributeName, attr(sourceAttribute), options);
}
