import type { LintRule } from '../../types';
import { findingAt } from '../finding-at';
import { matchingMappings } from './matching-mappings';

export const matchingDefaultValueRule: LintRule = {
  id: 'matching-default-value',
  severity: 'warning',
  title: 'Default value on a matching attribute',
  fixHint: 'Remove the default value: every object without a source value would match the same target object.',
  check: (ctx) => matchingMappings(ctx).filter((m) => m.mapping.defaultValue).map((m) => ({ ...findingAt(m), message: `${m.mapping.targetAttributeName} is a matching attribute with the default value "${m.mapping.defaultValue}".` })),
};
