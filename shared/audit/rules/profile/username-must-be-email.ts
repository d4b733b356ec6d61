import { mappingsTo } from '../../targets';
import type { FindingDraft, LintRule } from '../../types';
import { attributeRefs } from '../../walk';

export const usernameMustBeEmailRule: LintRule = {
  id: 'username-must-be-email',
  severity: 'warning',
  title: 'userName must be an email address for this vendor',
  fixHint: 'Map userName from [userPrincipalName] or [mail].',
  check: (ctx) => {
    if (!ctx.profile?.behaviours.userNameMustBeEmail || ctx.objectKind !== 'User') return [];
    return mappingsTo(ctx, 'userName').flatMap((m): FindingDraft[] => {
      const refs = attributeRefs(m.ast).map((r) => r.name);
      if (refs.some((r) => r === 'userPrincipalName' || r === 'mail')) return [];
      return [{ mappingIndex: m.index, targetAttributeName: 'userName', message: `${ctx.profile!.displayName} needs userName to be a unique email address; it comes from ${m.expression ?? 'nothing'}.` }];
    });
  },
};
