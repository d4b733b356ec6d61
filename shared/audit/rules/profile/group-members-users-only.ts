import type { LintRule } from '../../types';

export const groupMembersUsersOnlyRule: LintRule = {
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
};
