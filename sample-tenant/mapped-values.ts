import type { AttributeMapping } from '../shared/graph/synchronization';
import { toText } from '../shared/expressions/values';
import { CompiledObjectMapping, type MappingOperation } from '../shared/mapping/evaluate-mapping';
import type { SourceValues } from './source-values';

const compiled = new WeakMap<AttributeMapping, CompiledObjectMapping>();

/**
 * What one attribute mapping exports for a source object, as text, computed by the product's mapping
 * evaluator (so the sample's logs say what the audit and trial sync say): null when nothing flows
 * (a null source without default, an evaluation error), the default value only on create.
 */
export function mappedValue(mapping: AttributeMapping, values: SourceValues, operation: MappingOperation): string | null {
  let objectMapping = compiled.get(mapping);
  if (!objectMapping) {
    objectMapping = new CompiledObjectMapping({ attributeMappings: [mapping] });
    compiled.set(mapping, objectMapping);
  }
  const [outcome] = objectMapping.evaluate(values, { operation });
  if (outcome?.value === undefined || (outcome.status !== 'value' && outcome.status !== 'default')) return null;
  return toText(outcome.value, mapping.targetAttributeName, 'value');
}
