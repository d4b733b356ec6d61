import type { LogFilter, LogStatsDimension } from '../logs/log-filter';
import { kqlDatetime } from './kql-literal';
import { extendLine, filterParts, LA_TABLE, type DerivedColumn } from './kql-filter';

/** The outcome sums every count query returns, named as the local store's stats rows. */
const OUTCOMES =
  'Total = count(), Success = countif(ResultType =~ "success"), Failure = countif(ResultType =~ "failure"), ' +
  'Skipped = countif(ResultType =~ "skipped"), Warning = countif(ResultType =~ "warning")';

interface Dimension {
  derived: DerivedColumn[];
  /** Rows without a key are left out, as the store leaves out records without an error code or cycle. */
  where?: string;
  by: string;
  /** Extra aggregates (the label when it is not the key, the ordering column). */
  aggregates?: string;
  label?: string;
  order: string;
}

/** Each viewer dimension as KQL, ordered as the store orders it (provisioning-log-reads.ts). */
const DIMENSIONS: Record<LogStatsDimension, Dimension> = {
  status: { derived: [], by: 'Key = tolower(ResultType)', label: 'Key', order: 'Total desc, Key asc' },
  action: { derived: [], by: 'Key = tolower(ProvisioningAction)', label: 'Key', order: 'Total desc, Key asc' },
  app: { derived: ['AppId', 'AppName'], by: 'Key = AppId', aggregates: 'Label = max(AppName)', order: 'Total desc, Key asc' },
  errorCode: { derived: [], where: 'isnotempty(ResultSignature)', by: 'Key = ResultSignature', label: 'Key', order: 'Total desc, Key asc' },
  day: { derived: [], by: 'Key = bin(TimeGenerated, 1d)', label: 'Key', order: 'Key asc' },
  cycle: { derived: ['AppName'], where: 'isnotempty(CycleId)', by: 'Key = CycleId', aggregates: 'Label = max(AppName), Last = max(TimeGenerated)', order: 'Last desc, Key asc' },
  identity: {
    derived: ['SourceId', 'TargetId', 'SourceName', 'TargetName'],
    by: 'Key = coalesce(SourceId, TargetId)',
    aggregates: 'Label = max(coalesce(SourceName, TargetName))',
    order: 'Failure desc, Total desc, Key asc',
  },
};

/** Table, time and stored-column filters first (the service prunes by TimeGenerated), then the derived columns. */
function prelude(filter: LogFilter, extra: readonly DerivedColumn[] = [], window?: { from: string; to: string }): string[] {
  const parts = filterParts(filter);
  extra.forEach((name) => parts.derived.add(name));
  return [LA_TABLE, ...parts.base, ...windowLine(window), ...extendLine(parts.derived), ...parts.after];
}

/** Counts by one of the viewer's dimensions: Key, Label, Total, Success, Failure, Skipped, Warning. */
export function statsQuery(filter: LogFilter, by: LogStatsDimension, limit: number): string {
  const d = DIMENSIONS[by];
  return [
    ...prelude(filter, d.derived),
    ...(d.where ? [`| where ${d.where}`] : []),
    `| summarize ${OUTCOMES}${d.aggregates ? `, ${d.aggregates}` : ''} by ${d.by}`,
    ...(d.label ? [`| extend Label = ${d.label}`] : []),
    `| order by ${d.order}`,
    `| take ${Math.trunc(limit)}`,
  ].join('\n');
}

/** The outcome counts of everything the filter matches (one row). */
export function countsQuery(filter: LogFilter): string {
  return [...prelude(filter), `| summarize ${OUTCOMES}`].join('\n');
}

/** What a workspace holds: its record count and time range (the connection check, and the badge). */
export function overviewQuery(): string {
  return [LA_TABLE, '| summarize Total = count(), First = min(TimeGenerated), Last = max(TimeGenerated)'].join('\n');
}

/** The stored columns a pulled row brings; the normaliser maps them to Graph's names (normalize-record.ts). */
export const SLICE_COLUMNS = [
  'TimeGenerated',
  'Id',
  'AADTenantId',
  'JobId',
  'CycleId',
  'ChangeId',
  'DurationMs',
  'ProvisioningAction',
  'ResultType',
  'ResultSignature',
  'ResultDescription',
  'ProvisioningStatusInfo',
  'ProvisioningSteps',
  'ModifiedProperties',
  'InitiatedBy',
  'ServicePrincipal',
  'SourceIdentity',
  'TargetIdentity',
  'SourceSystem',
  'TargetSystem',
] as const;

/** One identity's history (source or target id), newest first. */
export function historyQuery(filter: LogFilter, subjectId: string, limit: number): string {
  return [...prelude({ ...filter, subjectId }), `| project ${SLICE_COLUMNS.join(', ')}`, '| order by TimeGenerated desc, Id asc', `| take ${Math.trunc(limit)}`].join('\n');
}

/** Record counts per time bin of what a pull would read, to cut it into windows under the row limit. */
export function planQuery(filter: LogFilter, bin: '1d' | '1h' | '1m' | '1s', window?: { from: string; to: string }): string {
  return [...prelude(filter, [], window), `| summarize Count = count() by Bin = bin(TimeGenerated, ${bin})`, '| order by Bin asc'].join('\n');
}

/** The rows of one window [from, to) of a pull, oldest first. */
export function sliceQuery(filter: LogFilter, window: { from: string; to: string }): string {
  return [...prelude(filter, [], window), `| project ${SLICE_COLUMNS.join(', ')}`, '| order by TimeGenerated asc, Id asc'].join('\n');
}

function windowLine(window: { from: string; to: string } | undefined): string[] {
  return window ? [`| where TimeGenerated >= ${kqlDatetime(window.from)} and TimeGenerated < ${kqlDatetime(window.to)}`] : [];
}

/** A workspace id is a GUID; anything else is refused before a request is made. */
export function isWorkspaceId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.trim());
}

