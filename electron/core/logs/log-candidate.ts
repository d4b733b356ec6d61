/** A record read from a file before validation, or a piece of the file that could not be read as one. */
export type LogCandidate = { value: unknown; /** The record's UTF-8 bytes as read. */ bytes: Buffer; position: string } | { error: string; position: string };

/** Keys that mark an object as a provisioning-log record in any accepted naming. */
const LOG_KEYS = ['activityDateTime', 'provisioningAction', 'provisioningStatusInfo', 'statusInfo', 'provisioningSteps', 'ProvisioningAction', 'TimeGenerated', 'ResultSignature'];

export function looksLikeLogRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && LOG_KEYS.some((key) => key in value);
}

/** Says in a few words what a JSON value that is not a log record looks like. */
export function describeJson(value: unknown, layout: string): string {
  const where = layout === 'array' ? 'a JSON array of' : layout === 'graph-page' ? 'a Graph response with' : 'JSON';
  if (typeof value !== 'object' || value === null) return `${where} ${value === null ? 'null' : typeof value} values`;
  if (Array.isArray(value)) return `${where} nested arrays`;
  const keys = Object.keys(value);
  const guess =
    'formatVersion' in value && 'tenant' in value
      ? ' (a Provisioning Workbench snapshot: use `pwb snapshot import`)'
      : 'userPrincipalName' in value
        ? ' (users)'
        : 'appId' in value
          ? ' (applications or service principals)'
          : 'members' in value || 'groupTypes' in value
            ? ' (groups)'
            : '';
  return `${where} objects with keys ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}${guess}`;
}
