import { describe, expect, it } from 'vitest';
import type { AttributeMappingSource } from '../../../../../../shared/graph/synchronization';
import { activeFromNotSoftDeleted, attr, constant, fn, joinNames } from '../../../../../../electron/core/workspace/sample/expressions';
import { sample } from './sample-fixture';

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

describe('sample expression trees', () => {
  it('build Attribute, Constant and Function nodes in Graph\'s parsed form', () => {
    expect(attr('mail')).toEqual({ expression: '[mail]', name: 'mail', type: 'Attribute', parameters: [] });
    expect(constant('say "hi"')).toEqual({ expression: '"say \\"hi\\""', name: 'say "hi"', type: 'Constant', parameters: [] });
    expect(activeFromNotSoftDeleted().expression).toBe('Not([IsSoftDeleted])');
    expect(joinNames().parameters.map((parameter) => parameter.key)).toEqual(['separator', 'source', 'source']);
  });

  it('show empty positional arguments in the text but not in the parameters', () => {
    const node = fn('Replace', [['source', attr('x')], null, ['Replacement', constant('_')], null]);
    expect(node.expression).toBe('Replace([x], , "_", )');
    expect(node.parameters).toHaveLength(2);
  });

  it('keep every mapping in the sample consistent: each node\'s expression matches its tree', () => {
    const sources = sample().servicePrincipals.flatMap((sp) =>
      [...sp.synchronization.jobs.map((job) => job.schema), ...sp.synchronization.templates.flatMap((template) => (template.schema ? [template.schema] : []))].flatMap((schema) =>
        schema.synchronizationRules.flatMap((rule) => rule.objectMappings.flatMap((mapping) => mapping.attributeMappings.map((attributeMapping) => attributeMapping.source))),
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
