import { describe, expect, it } from 'vitest';
import type { AttributeMappingSource } from '../../../shared/graph/synchronization';
import { HOWSPACE_RECOMMENDED } from '../../../shared/vendors/howspace/recommended';
import { direct, mapping, pick, recommendedMappings } from '../../../sample-tenant/attribute-mappings';
import { mappingLines, objectMapping, sample } from './sample-fixture';

/** Rebuilds the expression text from a tree; positional gaps cannot be seen in the tree, so only gap-free nodes are checked. */
function print(node: AttributeMappingSource): string {
  if (node.type === 'Attribute') return `[${node.name}]`;
  if (node.type === 'Constant') return `"${(node.name ?? '').replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
  return `${node.name}(${node.parameters.map((parameter) => print(parameter.value)).join(', ')})`;
}

function* nodes(node: AttributeMappingSource): Generator<AttributeMappingSource> {
  yield node;
  for (const parameter of node.parameters) yield* nodes(parameter.value);
}

describe('sample attribute mappings', () => {
  it('are built in Graph\'s shape, the source parsed by the product\'s parser', () => {
    expect(direct('userName', 'mail', { matchingPriority: 1 })).toEqual({
      defaultValue: null,
      exportMissingReferences: false,
      flowBehavior: 'FlowWhenChanged',
      flowType: 'Always',
      matchingPriority: 1,
      source: { expression: '[mail]', name: 'mail', type: 'Attribute', parameters: [] },
      targetAttributeName: 'userName',
    });
    expect(mapping('active', 'Not([IsSoftDeleted])').source).toEqual({
      expression: 'Not([IsSoftDeleted])',
      name: 'Not',
      type: 'Function',
      parameters: [{ key: 'source', value: { expression: '[IsSoftDeleted]', name: 'IsSoftDeleted', type: 'Attribute', parameters: [] } }],
    });
  });

  it('take a vendor app\'s mappings from its recommended mapping, in the admin\'s order', () => {
    expect(mappingLines(objectMapping('Howspace', 'User').attributeMappings)).toEqual(mappingLines(recommendedMappings(HOWSPACE_RECOMMENDED, 'User')));
    expect(objectMapping('Howspace', 'Group').attributeMappings).toEqual(recommendedMappings(HOWSPACE_RECOMMENDED, 'Group'));
    expect(mappingLines(pick(recommendedMappings(HOWSPACE_RECOMMENDED, 'User'), ['externalId', 'userName']))).toEqual(['externalId ← [mailNickname]', 'userName ← [userPrincipalName] (match 1)']);
    expect(() => pick(recommendedMappings(HOWSPACE_RECOMMENDED, 'User'), ['title'])).toThrow('No recommended mapping to title');
  });

  it('keep every mapping in the sample consistent: each node\'s expression matches its tree', () => {
    const sources = sample().servicePrincipals.flatMap((sp) =>
      [...sp.synchronization.jobs.map((job) => job.schema), ...sp.synchronization.templates.flatMap((template) => (template.schema ? [template.schema] : []))].flatMap((schema) =>
        schema.synchronizationRules.flatMap((rule) => rule.objectMappings.flatMap((m) => m.attributeMappings.map((attributeMapping) => attributeMapping.source))),
      ),
    );
    expect(sources.length).toBeGreaterThan(50);
    for (const source of sources) {
      if (!source) continue;
      for (const node of nodes(source)) {
        if (node.name === 'Switch') expect(node.expression).toBe('Switch([IsSoftDeleted], , "False", "True", "True", "False")');
        else expect(node.expression).toBe(print(node));
      }
    }
  });
});
