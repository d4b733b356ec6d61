import type { AttributeMappingSource } from '../graph/synchronization';
import type { ExprNode } from './ast';
import { parameterKeyAt } from './functions/define';
import { functionByName, functionByNameIgnoringCase } from './functions/registry';
import { parseExpression } from './parser';
import { printExpression, quoteString } from './printer';

/** Graph keys of FormatDateTime's legacy three-argument form. */
const LEGACY_FORMAT_KEYS = ['source', 'inputFormat', 'outputFormat'];

/**
 * The Graph `attributeMappingSource` of a tree. Numbers become Constants like Graph's sample
 * (`1` → name "1", expression "\"1\""); hex literals and enum identifiers keep their bare text as
 * `expression`. Comparisons have no documented Graph form: they become a Function named by the
 * operator with `left`/`right` parameters (decision, §1.1).
 */
export function toMappingSource(node: ExprNode): AttributeMappingSource {
  switch (node.kind) {
    case 'attribute':
      return { expression: `[${node.name}]`, name: node.name, type: 'Attribute', parameters: [] };
    case 'string':
      return { expression: quoteString(node.value), name: node.value, type: 'Constant', parameters: [] };
    case 'number':
      return { expression: quoteString(node.text), name: node.text, type: 'Constant', parameters: [] };
    case 'hex':
      return { expression: node.text, name: node.text, type: 'Constant', parameters: [] };
    case 'identifier':
      return { expression: node.name, name: node.name, type: 'Constant', parameters: [] };
    case 'compare':
      return {
        expression: printExpression(node),
        name: node.op,
        type: 'Function',
        parameters: [
          { key: 'left', value: toMappingSource(node.left) },
          { key: 'right', value: toMappingSource(node.right) },
        ],
      };
    case 'call': {
      const def = functionByName(node.name) ?? functionByNameIgnoringCase(node.name);
      const name = def?.name ?? node.name;
      const legacy = name === 'FormatDateTime' && node.args.length === 3;
      const parameters = node.args.flatMap((arg, i) => {
        if (!arg) return [];
        const key = legacy ? LEGACY_FORMAT_KEYS[i]! : def ? parameterKeyAt(def, i) : `arg${i + 1}`;
        return [{ key, value: toMappingSource(arg) }];
      });
      return { expression: printExpression({ ...node, name }), name, type: 'Function', parameters };
    }
  }
}

const BARE_CONSTANT = /^(&[Hh][0-9A-Fa-f]+|vb(Binary|Text)Compare)$/;
const COMPARISONS = new Set(['=', '<>', '>=', '<=', '>', '<']);

/** Places a Function's keyed parameters back into positional slots (empty slots where keys are missing). */
function slotsOf(source: AttributeMappingSource): Array<AttributeMappingSource | null> {
  const def = functionByName(source.name ?? '');
  const slots: Array<AttributeMappingSource | null> = [];
  if (!def) {
    for (const parameter of source.parameters) {
      const positional = /^arg(\d+)$/.exec(parameter.key);
      const index = positional ? Number(positional[1]) - 1 : slots.length;
      while (slots.length < index) slots.push(null);
      slots[index] = parameter.value;
    }
    return slots.map((slot) => slot ?? null);
  }
  const keys = def.parameters.map((p) => p.key);
  let repeatIndex: number | undefined;
  for (const parameter of source.parameters) {
    let index = keys.indexOf(parameter.key);
    const definition = def.parameters[index];
    const positional = /^arg(\d+)$/.exec(parameter.key);
    if (index < 0) index = positional ? Number(positional[1]) - 1 : slots.length;
    else if (definition?.repeats) {
      repeatIndex = repeatIndex === undefined ? Math.max(index, slots.length) : repeatIndex + 1;
      index = repeatIndex;
    }
    while (slots.length < index) slots.push(null);
    slots[index] = parameter.value;
  }
  // FormatDateTime is always printed in its four-argument form, so the keys keep their meaning.
  if (def.name === 'FormatDateTime') while (slots.length < 4) slots.push(null);
  return slots.map((slot) => slot ?? null);
}

/** Expression text of a Graph `attributeMappingSource` (the inverse of `toMappingSource`). */
export function mappingSourceToText(source: AttributeMappingSource): string {
  switch (source.type) {
    case 'Attribute':
      return `[${source.name ?? ''}]`;
    case 'Constant':
      return source.expression && BARE_CONSTANT.test(source.expression) ? source.expression : quoteString(source.name ?? '');
    case 'Function': {
      if (COMPARISONS.has(source.name ?? '') && source.parameters.length === 2) {
        return `${mappingSourceToText(source.parameters[0]!.value)} ${source.name} ${mappingSourceToText(source.parameters[1]!.value)}`;
      }
      return `${source.name ?? ''}(${slotsOf(source)
        .map((slot) => (slot ? mappingSourceToText(slot) : ''))
        .join(', ')})`;
    }
  }
}

/** Parses text into Graph's shape. */
export function parseToMappingSource(text: string): AttributeMappingSource {
  return toMappingSource(parseExpression(text));
}
