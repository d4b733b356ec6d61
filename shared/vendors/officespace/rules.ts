import type { LintRule } from '../../audit/types';

export const OFFICESPACE_RULES: readonly LintRule[] = [
  {
    id: 'officespace-default-access',
    severity: 'info',
    title: 'OfficeSpace: users with Default Access are provisioned',
    fixHint: "OfficeSpace's 2019 guide says Default Access users are skipped; Entra configurations since April 2020 provision them. Assign a specific role, or unassign them, if they should not reach OfficeSpace.",
    check: (ctx) =>
      ctx.profile?.id === 'officespace' && ctx.objectKind === 'User' && (ctx.assignments?.defaultAccessUsers ?? 0) > 0
        ? [{ message: `${ctx.assignments!.defaultAccessUsers} user(s) are assigned with the Default Access role; current Entra provisions them to OfficeSpace.` }]
        : [],
  },
];
