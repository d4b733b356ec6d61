import type { LogFilter, LogSort, LogSortColumn } from '../../../../shared/logs/log-filter';

export type SqlParams = Record<string, string | number>;

export interface WhereClause {
  sql: string;
  params: SqlParams;
}

const escapeLike = (value: string): string => '%' + value.replace(/[\\%_]/g, (c) => '\\' + c) + '%';

/**
 * Turns free text into an FTS5 query: every word (or "quoted phrase") becomes a quoted prefix
 * term, so operators and punctuation typed by the admin can never break or widen the query.
 */
export function ftsQuery(text: string): string | null {
  const terms = ftsTerms(text);
  return terms.length > 0 ? terms.join(' ') : null;
}

/** The FTS5 terms of free text (see ftsQuery); a record matches when it matches every one. */
export function ftsTerms(text: string): string[] {
  const terms: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const term = (match[1] ?? match[2] ?? '').replace(/"/g, ' ').trim();
    if (term) terms.push(`"${term.replace(/"/g, '""')}"` + (match[1] === undefined ? '*' : ''));
  }
  return terms;
}

/**
 * The records an FTS5 query matches: in a record's own full-text entry (records stored before
 * migration 5), or in the text set it points at (its identities, error code, reason and step
 * descriptions, see log-text-sets.ts). Free text is matched term by term, since the records'
 * words sit in two indexes.
 */
const textMatches = (param: string) =>
  `SELECT rowid FROM provisioning_logs_fts WHERE provisioning_logs_fts MATCH @${param}
   UNION ALL SELECT seq FROM provisioning_logs WHERE text_set_id IN
     (SELECT rowid FROM provisioning_log_text_sets_fts WHERE provisioning_log_text_sets_fts MATCH @${param})`;

/** Free text that is a single id (a GUID or similar): it is also looked up as a change id or record id. */
const ID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id as one FTS5 phrase (its tokens in order), or null when it has no word characters at all. */
function idPhrase(id: string): string | null {
  return /[\p{L}\p{N}]/u.test(id) ? `"${id.replace(/"/g, '""')}"` : null;
}

/** A change id equal to parameter `name`, found through the index of their first eight characters (migration 10). */
const changeIdIs = (c: (column: string) => string, name: string) => `(substr(${c('change_id')}, 1, 8) = substr(@${name}, 1, 8) AND ${c('change_id')} = @${name})`;

/** Builds the WHERE clause for a filter: column names come from this file, every value is a parameter. */
export function buildWhere(filter: LogFilter, alias = 'l', options: { scanForText?: boolean } = {}): WhereClause {
  const parts: string[] = [];
  const params: SqlParams = {};
  const c = (column: string) => `${alias}.${column}`;
  if (filter.since) {
    parts.push(`${c('activity_ms')} >= @since`);
    params.since = Date.parse(filter.since);
  }
  if (filter.until) {
    parts.push(`${c('activity_ms')} <= @until`);
    params.until = Date.parse(filter.until);
  }
  const inList = (column: string, name: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    const names = values.map((value, i) => {
      params[`${name}${i}`] = value;
      return `@${name}${i}`;
    });
    parts.push(`${c(column)} IN (${names.join(', ')})`);
  };
  inList('status', 'status', filter.status);
  inList('action', 'action', filter.action);
  if (filter.app) {
    parts.push(`(${c('service_principal_id')} = @app OR ${c('app_name')} LIKE @appLike ESCAPE '\\')`);
    params.app = filter.app;
    params.appLike = escapeLike(filter.app);
  }
  if (filter.identity) {
    parts.push(
      `(${c('source_id')} = @identity OR ${c('target_id')} = @identity OR ${c('source_name')} LIKE @identityLike ESCAPE '\\' OR ${c('target_name')} LIKE @identityLike ESCAPE '\\')`,
    );
    params.identity = filter.identity;
    params.identityLike = escapeLike(filter.identity);
  }
  if (filter.subjectId) {
    // The ids are not indexed as columns; the full-text index narrows the rows and the columns decide.
    const phrase = idPhrase(filter.subjectId);
    const viaText = phrase ? ` AND ${c('seq')} IN (${textMatches('subjectMatch')})` : '';
    parts.push(`(${c('source_id')} = @subjectId OR ${c('target_id')} = @subjectId)${viaText}`);
    params.subjectId = filter.subjectId;
    if (phrase) params.subjectMatch = `identities : ${phrase}`;
  }
  const contains = (column: string, name: string, value: string | undefined) => {
    if (!value) return;
    parts.push(`${c(column)} LIKE @${name} ESCAPE '\\'`);
    params[name] = escapeLike(value);
  };
  contains('source_system', 'sourceSystem', filter.sourceSystem);
  contains('target_system', 'targetSystem', filter.targetSystem);
  contains('initiated_by', 'initiatedBy', filter.initiatedBy);
  const equals = (column: string, name: string, value: string | undefined) => {
    if (!value) return;
    parts.push(`${c(column)} = @${name}`);
    params[name] = value;
  };
  equals('job_id', 'jobId', filter.jobId);
  equals('cycle_id', 'cycleId', filter.cycleId);
  if (filter.changeId) {
    parts.push(changeIdIs(c, 'changeId'));
    params.changeId = filter.changeId;
  }
  equals('error_code', 'errorCode', filter.errorCode);
  if (filter.origin === 'trial') parts.push(`${c('origin')} = 'trial'`);
  if (filter.origin === 'real') parts.push(`${c('origin')} <> 'trial'`);
  const terms = filter.text ? ftsTerms(filter.text) : [];
  const textId = filter.text?.trim();
  terms.forEach((term, i) => (params[`text${i}`] = term));
  if (terms.length === 1 && textId && ID_LIKE.test(textId)) {
    parts.push(`(${c('seq')} IN (${textMatches('text0')}) OR ${changeIdIs(c, 'textId')} OR ${c('id')} = @textId)`);
    params.textId = textId;
  } else {
    // `+seq` keeps SQLite from fetching every match by rowid and sorting them: with many matches,
    // walking the sort index and probing the match set finds the first page far sooner.
    terms.forEach((_, i) => parts.push(`${options.scanForText ? '+' : ''}${c('seq')} IN (${textMatches(`text${i}`)})`));
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

const SORT_COLUMNS: Record<LogSortColumn, string> = {
  activityDateTime: 'activity_ms',
  status: 'status',
  action: 'action',
  identity: 'source_name',
  app: 'app_name',
  duration: 'duration_ms',
  errorCode: 'error_code',
  sourceSystem: 'source_system',
  targetSystem: 'target_system',
};

/** ORDER BY for a sort, with `seq` as the tie-breaker so pages never overlap. */
export function buildOrder(sort: LogSort, alias = 'l'): string {
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY ${alias}.${SORT_COLUMNS[sort.column]} ${direction}, ${alias}.seq ${direction}`;
}

/** The same order run backwards: with `seq` as the tie-breaker it is the exact reverse of `sort`. */
export function reverseSort(sort: LogSort): LogSort {
  return { column: sort.column, direction: sort.direction === 'asc' ? 'desc' : 'asc' };
}

/**
 * Where rows [offset, offset + limit) of a list of `total` rows sit in the reversed list: reading
 * those and reversing them gives the same rows, while an OFFSET near the end walks every row it skips.
 */
export function reversedWindow(total: number, offset: number, limit: number): { offset: number; limit: number } {
  const end = Math.min(total, offset + limit);
  return { offset: Math.max(0, total - end), limit: Math.max(0, end - offset) };
}

/**
 * The part of a filter that the (status, activity_ms) index answers alone, or null when the filter
 * has more: then its records can be counted status by status with index range counts.
 */
export function timeAndStatusOnly(filter: LogFilter): LogFilter | null {
  const part: LogFilter = {};
  if (filter.since) part.since = filter.since;
  if (filter.until) part.until = filter.until;
  if (filter.status && filter.status.length > 0) part.status = filter.status;
  // Same WHERE clause, same records: anything else in the filter would add a condition.
  return buildWhere(part).sql === buildWhere(filter).sql ? part : null;
}
