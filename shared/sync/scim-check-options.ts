import type { SnapshotJob } from '../snapshot/schema';
import { rulesOf } from './run-trial';
import type { ScimCheckOptions } from './scim-check';
import type { ObjectKind } from './types';

/** The probe's inputs from an app's mappings: matching attributes in precedence order and the attributes written, per enabled object mapping. */
export function scimCheckOptionsOf(job: SnapshotJob): Pick<ScimCheckOptions, 'matching' | 'written'> {
  const rules = rulesOf(job);
  const matching: Partial<Record<ObjectKind, string[]>> = {};
  const written: Partial<Record<ObjectKind, string[]>> = {};
  for (const kind of ['User', 'Group'] as const) {
    const r = rules[kind];
    if (!r || !r.mapping.enabled) continue;
    matching[kind] = r.mapping.attributeMappings.filter((a) => a.matchingPriority > 0).sort((a, b) => a.matchingPriority - b.matchingPriority).map((a) => a.targetAttributeName);
    written[kind] = [...new Set(r.mapping.attributeMappings.map((a) => a.targetAttributeName))];
  }
  return { matching, written };
}
