import { mappingsTo } from '../../targets';
import type { LintRule } from '../../types';
import { findingAt } from '../finding-at';

export const primaryKeyTargetRule: LintRule = {
  id: 'primary-key-target',
  spec: 'L15',
  severity: 'error',
  title: "Mapping to the target's id",
  fixHint: 'Remove the mapping: the target assigns id; map externalId instead.',
  check: (ctx) => mappingsTo(ctx, 'id').map((m) => ({ ...findingAt(m), message: 'The target primary key id must not be a target attribute.' })),
};
