import type { LogFilter } from '../logs/log-filter';
import { kqlDatetime, kqlList, kqlString } from './kql-literal';

/** The table diagnostic settings write provisioning logs to (graph-facts §1.5). */
export const LA_TABLE = 'AADProvisioningLogs';

/**
 * Columns the viewer filters and groups on that the table only has inside its JSON-string columns;
 * a query extends just the ones it uses, since parse_json over a year of rows is the costly part.
 */
export const DERIVED_COLUMNS = {
  AppId: 'tostring(parse_json(ServicePrincipal).id)',
  AppName: 'tostring(parse_json(ServicePrincipal).displayName)',
  SourceId: 'tostring(parse_json(SourceIdentity).id)',
  SourceName: 'tostring(parse_json(SourceIdentity).displayName)',
  TargetId: 'tostring(parse_json(TargetIdentity).id)',
  TargetName: 'tostring(parse_json(TargetIdentity).displayName)',
  SourceSystemName: 'tostring(parse_json(SourceSystem).displayName)',
  TargetSystemName: 'tostring(parse_json(TargetSystem).displayName)',
  InitiatedByName: 'tostring(parse_json(InitiatedBy).displayName)',
} as const;
export type DerivedColumn = keyof typeof DERIVED_COLUMNS;

/** The raw columns full-text search looks into (substring match, case-insensitive). */
const TEXT_COLUMNS = ['SourceIdentity', 'TargetIdentity', 'ResultSignature', 'ResultDescription', 'ProvisioningStatusInfo', 'ProvisioningSteps'] as const;

/** A filter as KQL: `where` lines on stored columns, then the derived columns and the `where` lines on them. */
export interface KqlFilterParts {
  /** Lines before the `extend` (time first, so the service prunes by TimeGenerated). */
  base: string[];
  derived: Set<DerivedColumn>;
  /** Lines after the `extend`. */
  after: string[];
}

/** Free text as the viewer splits it: words and "quoted phrases", each of which must match. */
export function textTerms(text: string): string[] {
  const terms: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * The local viewer's filter in KQL, with the same meaning as the store's SQL (buildWhere): ids
 * compare exactly, names and systems match as case-insensitive substrings, `until` is inclusive.
 * Full text is the one difference: a substring of the identities, error, reason and steps here, a
 * word prefix in the local index.
 */
export function filterParts(filter: LogFilter): KqlFilterParts {
  const base: string[] = [];
  const after: string[] = [];
  const derived = new Set<DerivedColumn>();
  const use = (...names: DerivedColumn[]) => names.forEach((name) => derived.add(name));
  if (filter.since && filter.until) base.push(`| where TimeGenerated between (${kqlDatetime(filter.since)} .. ${kqlDatetime(filter.until)})`);
  else if (filter.since) base.push(`| where TimeGenerated >= ${kqlDatetime(filter.since)}`);
  else if (filter.until) base.push(`| where TimeGenerated <= ${kqlDatetime(filter.until)}`);
  // Log Analytics holds only what Entra wrote: never a trial-sync record.
  if (filter.origin === 'trial') base.push('| where false');
  if (filter.status?.length) base.push(`| where ResultType in~ ${kqlList(filter.status)}`);
  if (filter.action?.length) base.push(`| where ProvisioningAction in~ ${kqlList(filter.action)}`);
  if (filter.jobId) base.push(`| where JobId == ${kqlString(filter.jobId)}`);
  if (filter.cycleId) base.push(`| where CycleId == ${kqlString(filter.cycleId)}`);
  if (filter.changeId) base.push(`| where ChangeId == ${kqlString(filter.changeId)}`);
  if (filter.errorCode) base.push(`| where ResultSignature == ${kqlString(filter.errorCode)}`);
  for (const term of filter.text ? textTerms(filter.text) : []) {
    const literal = kqlString(term);
    base.push(`| where ${[...TEXT_COLUMNS.map((column) => `${column} contains ${literal}`), `ChangeId == ${literal}`, `Id == ${literal}`].join(' or ')}`);
  }
  if (filter.app) {
    use('AppId', 'AppName');
    const literal = kqlString(filter.app);
    after.push(`| where AppId == ${literal} or AppName contains ${literal}`);
  }
  if (filter.identity) {
    use('SourceId', 'TargetId', 'SourceName', 'TargetName');
    const literal = kqlString(filter.identity);
    after.push(`| where SourceId == ${literal} or TargetId == ${literal} or SourceName contains ${literal} or TargetName contains ${literal}`);
  }
  if (filter.subjectId) {
    use('SourceId', 'TargetId');
    const literal = kqlString(filter.subjectId);
    after.push(`| where SourceId == ${literal} or TargetId == ${literal}`);
  }
  const contains = (column: DerivedColumn, value: string | undefined) => {
    if (!value) return;
    use(column);
    after.push(`| where ${column} contains ${kqlString(value)}`);
  };
  contains('SourceSystemName', filter.sourceSystem);
  contains('TargetSystemName', filter.targetSystem);
  contains('InitiatedByName', filter.initiatedBy);
  return { base, derived, after };
}

/** `| extend A = …, B = …` for the derived columns, in a fixed order; empty when none is used. */
export function extendLine(columns: ReadonlySet<DerivedColumn>): string[] {
  const names = (Object.keys(DERIVED_COLUMNS) as DerivedColumn[]).filter((name) => columns.has(name));
  return names.length === 0 ? [] : [`| extend ${names.map((name) => `${name} = ${DERIVED_COLUMNS[name]}`).join(', ')}`];
}
