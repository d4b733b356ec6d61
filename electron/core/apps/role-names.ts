import { DEFAULT_ACCESS_ROLE_ID, type AppRole } from '../../../shared/graph/service-principal';

/** What the portal calls an assignment without a specific role (appRoleId 00000000-…). */
export const DEFAULT_ACCESS_ROLE_NAME = 'Default Access';

export function roleNameResolver(roles: readonly AppRole[] | null | undefined): (appRoleId: string) => string {
  const byId = new Map((roles ?? []).map((role) => [role.id, role.displayName ?? role.value ?? role.id]));
  return (appRoleId) => {
    if (appRoleId === DEFAULT_ACCESS_ROLE_ID) return DEFAULT_ACCESS_ROLE_NAME;
    return byId.get(appRoleId) ?? `Unknown role (${appRoleId})`;
  };
}
