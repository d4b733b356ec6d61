import type { AttributeMapping, ObjectMapping } from '../../../shared/graph/synchronization';
import type { ServicePrincipalSnapshot, Snapshot, SnapshotJob } from '../../../shared/snapshot/schema';
import { generateSampleTenant } from '../../../sample-tenant/index';

export const SAMPLE_NOW = new Date('2025-06-15T12:00:00Z');

let cached: Snapshot | undefined;

/** One generated sample per test file (generation is deterministic, so sharing it is safe). */
export function sample(): Snapshot {
  cached ??= generateSampleTenant({ now: SAMPLE_NOW });
  return cached;
}

export function app(displayName: string): ServicePrincipalSnapshot {
  const found = sample().servicePrincipals.find((sp) => sp.displayName === displayName);
  if (!found) throw new Error(`no app ${displayName}`);
  return found;
}

export function job(displayName: string): SnapshotJob {
  const found = app(displayName).synchronization.jobs[0];
  if (!found) throw new Error(`${displayName} has no job`);
  return found;
}

export function objectMapping(displayName: string, sourceObjectName: 'User' | 'Group'): ObjectMapping {
  const found = job(displayName).schema.synchronizationRules[0]?.objectMappings.find((mapping) => mapping.sourceObjectName === sourceObjectName);
  if (!found) throw new Error(`${displayName} has no ${sourceObjectName} mapping`);
  return found;
}

/** `target ← expression` lines, in mapping order, e.g. `userName ← [userPrincipalName] (match 1)`. */
export function mappingLines(mappings: readonly AttributeMapping[]): string[] {
  return mappings.map(
    (mapping) =>
      `${mapping.targetAttributeName} ← ${mapping.source?.expression ?? '(none)'}${mapping.matchingPriority > 0 ? ` (match ${mapping.matchingPriority})` : ''}`,
  );
}

export function userByUpnPrefix(prefix: string) {
  const found = sample().users.find((user) => user.userPrincipalName.startsWith(`${prefix}@`));
  if (!found) throw new Error(`no user ${prefix}`);
  return found;
}
