import { mappingsTo } from '../../targets';
import type { LintRule, MappingUnderAudit } from '../../types';
import { attributeRefs, calls } from '../../walk';
import { findingAt } from '../finding-at';

/** Does a mapping's value come from source data at all (not a constant)? */
const readsSource = (m: MappingUnderAudit) => m.ast !== null && attributeRefs(m.ast).length > 0;

export const constantUserNameRule: LintRule = {
  id: 'constant-user-name',
  severity: 'error',
  title: 'userName is a constant',
  fixHint: 'Map userName from a unique source attribute such as userPrincipalName.',
  check: (ctx) =>
    ctx.objectKind === 'User'
      ? mappingsTo(ctx, 'userName')
          .filter((m) => (m.ast !== null && !readsSource(m) && !calls(m.ast, 'Guid').length && !calls(m.ast, 'RandomString').length) || (m.ast === null && m.mapping.defaultValue))
          .map((m) => ({ ...findingAt(m), message: `userName is always "${m.ast?.kind === 'string' ? m.ast.value : (m.mapping.defaultValue ?? m.expression)}", so every user collides with the first one.` }))
      : [],
};
