import { findApp } from '../../../../shared/audit/audit-app';
import type { ObjectMapping } from '../../../../shared/graph/synchronization';
import { parseSnapshot } from '../../../../shared/snapshot/validate';

export type SnapshotMappings = { ok: true; label: string; objectMappings: ObjectMapping[] } | { ok: false; message: string };

/**
 * Reads a snapshot file in the renderer and keeps only the named app's object mappings, so a
 * 25 MB tenant export never has to cross the IPC boundary.
 */
export function readSnapshotMappings(text: string, fileName: string, app: { id: string; appId?: string | null; displayName: string }): SnapshotMappings {
  const parsed = parseSnapshot(text);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    return { ok: false, message: `${fileName} is not a valid snapshot file${first ? ` (${first.path}: ${first.message})` : ''}.` };
  }
  const sps = parsed.snapshot.servicePrincipals;
  const other = findApp(sps, app.id) ?? (app.appId ? findApp(sps, app.appId) : undefined) ?? findApp(sps, app.displayName);
  if (!other) return { ok: false, message: `${fileName} does not contain ${app.displayName}; export the app again or pick another file.` };
  const objectMappings = (other.synchronization.jobs[0]?.schema.synchronizationRules ?? []).flatMap((r) => r.objectMappings);
  return { ok: true, label: `${fileName} (exported ${parsed.snapshot.exportedAt})`, objectMappings };
}
