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
