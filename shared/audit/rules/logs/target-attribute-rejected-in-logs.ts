import type { FindingDraft, LintRule } from '../../types';

/** A mapping's target names the rejected attribute: the same path, or an extension URN ending in it. */
function targets(targetAttributeName: string, attribute: string): boolean {
  const target = targetAttributeName.toLowerCase();
  const wanted = attribute.toLowerCase();
  return target === wanted || target.endsWith(`:${wanted}`);
}

/** Reads ctx.rejectedAttributes, which rejected-attributes.ts derives from the app's provisioning-log records. */
export const targetAttributeRejectedInLogsRule: LintRule = {
  id: 'target-attribute-rejected-in-logs',
  severity: 'error',
  title: 'The app rejected this target attribute in recent provisioning logs',
  fixHint: "Remove the mapping, or correct the target attribute name to one the app's schema has (see the app's SCIM /Schemas), then check the next cycle's logs.",
  check: (ctx) => {
    const rejected = ctx.rejectedAttributes ?? [];
    if (rejected.length === 0 || ctx.objectMapping.enabled === false) return [];
    const findings: FindingDraft[] = [];
    for (const r of rejected) {
      for (const m of ctx.mappings) {
        if (!targets(m.mapping.targetAttributeName, r.attribute)) continue;
        findings.push({
          mappingIndex: m.index,
          targetAttributeName: m.mapping.targetAttributeName,
          message: `${r.count} provisioning-log record(s) in the last 30 days failed with ${r.errorCode} for '${r.attribute}' (latest ${r.lastSeen.slice(0, 10)}): ${ctx.appName} does not accept this attribute.`,
        });
      }
    }
    return findings;
  },
};
