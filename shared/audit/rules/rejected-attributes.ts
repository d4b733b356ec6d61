import type { ProvisioningObjectSummary } from '../../graph/provisioning-log';

// Not a rule: the target attributes an app rejected, read from its provisioning-log records for logs/target-attribute-rejected-in-logs.ts.

/** A target attribute the app refused in provisioning-log records (e.g. SchemaAttributeNotFound for name.formatted). */
export interface RejectedAttribute {
  /** As the app named it, e.g. `name.formatted`. */
  attribute: string;
  errorCode: string;
  /** Records that failed on it in the window. */
  count: number;
  /** ISO time of the newest such record. */
  lastSeen: string;
}

/** Error codes whose reason names a target attribute the app does not accept. */
const ATTRIBUTE_ERRORS = /SchemaAttributeNotFound|AttributeNotFound|InvalidAttribute|UnknownAttribute|invalidPath|noTarget/i;
/** Where a reason or detail quotes the attribute: "attribute 'name.formatted'", else the first quoted name. */
const QUOTED = /attribute\s*['"‘“]([A-Za-z][\w.:[\]-]*)['"’”]/i;
const ANY_QUOTED = /['"‘“]([A-Za-z][\w.:[\]-]*)['"’”]/;

/** The attribute a failed record's error names, or null. */
export function rejectedAttributeOf(record: Pick<ProvisioningObjectSummary, 'provisioningStatusInfo'>): { attribute: string; errorCode: string } | null {
  const error = record.provisioningStatusInfo?.errorInformation;
  const code = error?.errorCode ?? '';
  if (!error || !ATTRIBUTE_ERRORS.test(code)) return null;
  for (const text of [error.reason, error.additionalDetails]) {
    if (!text) continue;
    const match = QUOTED.exec(text) ?? ANY_QUOTED.exec(text);
    if (match?.[1]) return { attribute: match[1].replace(/[.]+$/, ''), errorCode: code };
  }
  return null;
}

/** Target attributes rejected in the app's records of the last `days` days before `now`, most frequent first. */
export function rejectedAttributes(records: readonly ProvisioningObjectSummary[], appId: string, now: Date, days = 30): RejectedAttribute[] {
  const since = now.getTime() - days * 86_400_000;
  const byKey = new Map<string, RejectedAttribute>();
  for (const record of records) {
    if (record.servicePrincipal?.id && record.servicePrincipal.id !== appId) continue;
    if (Date.parse(record.activityDateTime) < since) continue;
    const found = rejectedAttributeOf(record);
    if (!found) continue;
    const key = `${found.attribute.toLowerCase()}|${found.errorCode}`;
    const current = byKey.get(key);
    if (current) {
      current.count++;
      if (record.activityDateTime > current.lastSeen) current.lastSeen = record.activityDateTime;
    } else byKey.set(key, { ...found, count: 1, lastSeen: record.activityDateTime });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
