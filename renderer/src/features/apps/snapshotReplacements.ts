/** An app already in the workspace that importing a snapshot would replace. */
export interface ReplacedApp {
  id: string;
  displayName: string;
}

/** The apps of `existing` (the tenant's apps in the workspace) that the snapshot's apps would replace, by id. */
export function replacedApps(appIds: readonly string[], existing: readonly ReplacedApp[]): ReplacedApp[] {
  const incoming = new Set(appIds);
  return existing.filter((app) => incoming.has(app.id)).map(({ id, displayName }) => ({ id, displayName }));
}
