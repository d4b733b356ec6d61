/**
 * Delegated Graph permissions. Reading is the default; the one write scope is requested only when the
 * admin opts into a feature that needs it (graph-facts §2.12 and finding 6).
 */
export const READ_PERMISSIONS = [
  'Application.Read.All',
  'Synchronization.Read.All',
  'AuditLog.Read.All',
  'Directory.Read.All',
  'GroupMember.Read.All',
] as const;

export const WRITE_PERMISSION = 'Synchronization.ReadWrite.All';

/** What the write scope unlocks, as the sign-in screen explains it. */
export const WRITE_FEATURES = [
  'Provision on demand (test one user against the real app)',
  'Test expressions on Microsoft’s servers (parseExpression) and list the live function catalog',
] as const;

/**
 * Microsoft Graph Command Line Tools: Microsoft's multi-tenant public client used by Graph PowerShell.
 * It can request any delegated Graph permission with loopback and device-code redirects, so the app
 * works without registering anything; admins who want their own registration set a client ID instead.
 */
export const DEFAULT_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';

/** Fully qualified scopes for a cloud's Graph host (`https://graph.microsoft.us/Application.Read.All`). */
export function graphScopes(graphEndpoint: string, write: boolean): string[] {
  const permissions: string[] = [...READ_PERMISSIONS, ...(write ? [WRITE_PERMISSION] : [])];
  return permissions.map((permission) => `${graphEndpoint}/${permission}`);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isClientId(value: string): boolean {
  return GUID.test(value.trim());
}

/** A tenant as MSAL's authority path takes it: a GUID, a verified domain, or `organizations`. */
export function isTenantSpecifier(value: string): boolean {
  return GUID.test(value) || /^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}$/i.test(value) || value === 'organizations' || value === 'common';
}
