import { mappingsTo, profileDefinition } from '../targets';
import type { FindingDraft, LintRule } from '../types';
import { attributeRefs } from '../walk';

export const VENDOR_RULES: LintRule[] = [
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
  {
    id: 'officernd-external-id',
    severity: 'error',
    title: 'OfficeRnD: externalId must come from objectId and be the matching attribute',
    fixHint: 'Map [objectId] → externalId with matching precedence 1 (OfficeRnD matches on it and never changes it).',
    check: (ctx) => {
      if (ctx.profile?.id !== 'officernd' || ctx.objectMapping.enabled === false) return [];
      const external = mappingsTo(ctx, 'externalId');
      const good = external.find((m) => m.ast?.kind === 'attribute' && m.ast.name === 'objectId');
      if (!good) return [{ targetAttributeName: 'externalId', message: `OfficeRnD expects objectId → externalId for ${ctx.objectKind.toLowerCase()}s; ${external.length ? `externalId comes from ${external[0]!.expression}` : 'externalId is not mapped'}.` }];
      if (good.mapping.matchingPriority !== 1) return [{ mappingIndex: good.index, targetAttributeName: 'externalId', message: 'OfficeRnD matches on externalId, but it is not the first matching attribute.' }];
      return [];
    },
  },
  {
    id: 'group-members-users-only',
    severity: 'error',
    title: 'Group members may reference users only',
    fixHint: 'In "Edit attribute list" for the target group, remove the Group referenced object from members.',
    check: (ctx) => {
      if (!ctx.profile?.behaviours.groupMembersUsersOnly || ctx.objectKind !== 'Group' || ctx.objectMapping.enabled === false) return [];
      const members = ctx.targetObject?.attributes.find((a) => a.name === 'members');
      const groupRefs = (members?.referencedObjects ?? []).filter((r) => /group$/i.test(r.referencedObjectName));
      return groupRefs.length ? [{ targetAttributeName: 'members', message: `${ctx.profile.displayName} accepts only users as group members, but members also references ${groupRefs.map((r) => r.referencedObjectName).join(', ')}.` }] : [];
    },
  },
  {
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
  },
  {
    id: 'target-unknown-to-profile',
    severity: 'warning',
    title: 'Target attribute the vendor does not support',
    fixHint: 'Delete the mapping (vendor guides ask to remove irrelevant mappings) or check the attribute name.',
    check: (ctx) =>
      ctx.profileResource && ctx.objectMapping.enabled !== false
        ? ctx.mappings
            .filter((m) => !profileDefinition(ctx, m.mapping.targetAttributeName))
            .map((m) => ({ mappingIndex: m.index, targetAttributeName: m.mapping.targetAttributeName, message: `${ctx.profile!.displayName} has no ${m.mapping.targetAttributeName} attribute for ${ctx.objectKind.toLowerCase()}s; the value is ignored or rejected.` }))
        : [],
  },
];
