/** An app already in the workspace that importing a snapshot would replace. */
export interface ReplacedApp {
  id: string;
  displayName: string;
}

/** What a snapshot file names: its tenant and its apps (service principals); null when it is not that shape. */
export function snapshotTargets(text: string): { tenantId: string; tenantName: string; appIds: string[] } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const { tenant, servicePrincipals } = parsed as { tenant?: { id?: unknown; displayName?: unknown }; servicePrincipals?: unknown };
  if (!tenant || typeof tenant.id !== 'string' || !Array.isArray(servicePrincipals)) return null;
  const appIds = servicePrincipals.flatMap((sp) => (sp && typeof sp === 'object' && typeof (sp as { id?: unknown }).id === 'string' ? [(sp as { id: string }).id] : []));
  return { tenantId: tenant.id, tenantName: typeof tenant.displayName === 'string' ? tenant.displayName : tenant.id, appIds };
}

/** The apps of `existing` (the tenant's apps in the workspace) that the snapshot's apps would replace, by id. */
export function replacedApps(appIds: readonly string[], existing: readonly ReplacedApp[]): ReplacedApp[] {
  const incoming = new Set(appIds);
  return existing.filter((app) => incoming.has(app.id)).map(({ id, displayName }) => ({ id, displayName }));
}
