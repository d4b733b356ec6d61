import type { LintRule } from '../../types';
import { calls } from '../../walk';
import { findingAt } from '../finding-at';
import { perMapping } from './per-mapping';

export const ignoreFlowNestedRule: LintRule = {
  id: 'ignore-flow-nested',
  spec: 'L20',
  severity: 'warning',
  title: 'IgnoreFlowIfNullOrEmpty not at the top level',
  fixHint: 'Make IgnoreFlowIfNullOrEmpty the outermost function; nested, its behaviour is undocumented (this tool drops the attribute).',
  check: (ctx) =>
    perMapping(ctx, (m, ast) => calls(ast, 'IgnoreFlowIfNullOrEmpty').filter((c) => c !== ast).map((c) => ({ ...findingAt(m, c), message: `${m.mapping.targetAttributeName}: IgnoreFlowIfNullOrEmpty is nested inside another function.` }))),
};
