import type { LogCycle, LogDetail, LogListItem, LogStatsRow, OutcomeCounts } from '../../../../shared/logs/log-dto';
import type { LogFilter, LogSort, LogStatsDimension } from '../../../../shared/logs/log-filter';
import type { LogOrigin } from '../../../../shared/logs/log-row';
import { flattenRecord } from '../../../../shared/logs/log-row';
import { normalizeRecord } from '../../../../shared/logs/normalize-record';
import type { Db } from '../connection';
import { StoredJsonReader, type JsonLocation } from './provisioning-logs';
import { buildOrder, buildWhere, ftsQuery, reversedWindow, reverseSort, timeAndStatusOnly, type SqlParams } from './provisioning-log-query';

/** Below this offset a page is read forwards even without a filter: the walk costs less than a count. */
const REVERSE_FROM_OFFSET = 1000;

/** Above this many text matches a first page is found by scanning in sort order (see buildWhere). */
const MANY_MATCHES = 5000;

const LIST_COLUMNS = `l.id, l.activity_ms AS activityMs, l.status, l.action, l.service_principal_id AS servicePrincipalId, l.app_name AS appName,
  l.job_id AS jobId, l.cycle_id AS cycleId, l.change_id AS changeId, l.duration_ms AS durationMs, l.source_id AS sourceId,
  l.source_name AS sourceName, l.source_type AS sourceType, l.target_id AS targetId, l.target_name AS targetName,
  l.source_system AS sourceSystem, l.target_system AS targetSystem, l.initiated_by AS initiatedBy, l.error_code AS errorCode,
  l.error_category AS errorCategory, l.reason, l.origin, l.tenant_id AS tenantId`;

const OUTCOME_SUMS = `COUNT(*) AS total, COALESCE(SUM(l.status = 'success'), 0) AS success, COALESCE(SUM(l.status = 'failure'), 0) AS failure,
  COALESCE(SUM(l.status = 'skipped'), 0) AS skipped, COALESCE(SUM(l.status = 'warning'), 0) AS warning`;

/** Group keys per statistics dimension; `label` is what a chart shows. */
const DIMENSIONS: Record<LogStatsDimension, { key: string; label: string; where?: string; order: string }> = {
  status: { key: 'l.status', label: 'l.status', order: 'total DESC' },
  action: { key: 'l.action', label: 'l.action', order: 'total DESC' },
  app: { key: 'l.service_principal_id', label: 'MAX(l.app_name)', order: 'total DESC' },
  errorCode: { key: 'l.error_code', label: 'l.error_code', where: 'l.error_code IS NOT NULL', order: 'total DESC' },
  day: { key: `strftime('%Y-%m-%d', l.activity_ms / 1000, 'unixepoch')`, label: `strftime('%Y-%m-%d', l.activity_ms / 1000, 'unixepoch')`, order: 'key ASC' },
  cycle: { key: 'l.cycle_id', label: 'MAX(l.app_name)', where: 'l.cycle_id IS NOT NULL', order: 'MAX(l.activity_ms) DESC' },
  identity: { key: `COALESCE(l.source_id, l.target_id)`, label: `MAX(COALESCE(l.source_name, l.target_name))`, order: 'failure DESC, total DESC' },
};

interface ListRow extends Omit<LogListItem, 'activityDateTime'> {
  activityMs: number;
}

const toItem = ({ activityMs, ...rest }: ListRow): LogListItem => ({ ...rest, activityDateTime: new Date(activityMs).toISOString(), origin: rest.origin as LogOrigin });

/** Every read the viewer, CLI and exports make. SQL is assembled from fixed fragments; values are parameters. */
export class ProvisioningLogReads {
  private readonly statements = new Map<string, ReturnType<Db['prepare']>>();
  /** FTS match counts per query. They only steer the plan, never the answer, so one gone stale after an import is harmless. */
  private readonly textMatchCounts = new Map<string, number>();

  private readonly jsonReader: StoredJsonReader;

  constructor(private readonly db: Db) {
    this.jsonReader = new StoredJsonReader(db);
    // A million-record store is ~2 GB: the default 2 MB page cache makes every count re-read its
    // index from disk. 64 MB of cache and memory-mapped reads keep the viewer's hot indexes in memory.
    // The whole file is mapped (SQLite caps this at its build's limit, 2 GB here): a text search's
    // count reads its matches' rows all over the table, twice as fast mapped as through read().
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 2147418112');
  }

  private stmt(sql: string) {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size > 200) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  page(filter: LogFilter, sort: LogSort, offset: number, limit: number): LogListItem[] {
    const where = buildWhere(filter, 'l', { scanForText: this.manyTextMatches(filter) });
    const read = (order: LogSort, window: { offset: number; limit: number }) =>
      (this.stmt(`SELECT ${LIST_COLUMNS} FROM provisioning_logs AS l ${where.sql} ${buildOrder(order)} LIMIT @limit OFFSET @offset`).all({ ...where.params, ...window }) as ListRow[]).map(toItem);
    // An OFFSET walks every row it skips. Without a filter the total is known at once (SQLite counts a
    // table from its pages), so a page in the far half is read from the other end, backwards.
    if (where.sql === '' && offset > REVERSE_FROM_OFFSET) {
      // One read transaction: the count and the rows see the same records, whatever an import commits.
      return this.db.transaction(() => {
        const total = (this.stmt(`SELECT COUNT(*) AS n FROM provisioning_logs`).get({}) as { n: number }).n;
        return offset > total / 2 ? read(reverseSort(sort), reversedWindow(total, offset, limit)).reverse() : read(sort, { offset, limit });
      })();
    }
    return read(sort, { offset, limit });
  }

  /** Whether a text search matches enough records that scanning in sort order beats sorting the matches. */
  private manyTextMatches(filter: LogFilter): boolean {
    const match = filter.text ? ftsQuery(filter.text) : null;
    if (!match) return false;
    let count = this.textMatchCounts.get(match);
    if (count === undefined) {
      // An estimate (records matching every term in one of the two indexes): enough to choose a plan.
      const own = this.stmt(`SELECT COUNT(*) AS n FROM provisioning_logs_fts WHERE provisioning_logs_fts MATCH ?`).get(match) as { n: number };
      const viaSets = this.stmt(
        `SELECT COUNT(*) AS n FROM provisioning_logs WHERE text_set_id IN
           (SELECT rowid FROM provisioning_log_text_sets_fts WHERE provisioning_log_text_sets_fts MATCH ?)`,
      ).get(match) as { n: number };
      count = own.n + viaSets.n;
      if (this.textMatchCounts.size > 100) this.textMatchCounts.clear();
      this.textMatchCounts.set(match, count);
    }
    return count > MANY_MATCHES;
  }

  /** Streams every matching row in order (exports, CLI output), without holding them all. */
  *iterate(filter: LogFilter, sort: LogSort, limit?: number): Generator<LogListItem> {
    const where = buildWhere(filter);
    const sql = `SELECT ${LIST_COLUMNS} FROM provisioning_logs AS l ${where.sql} ${buildOrder(sort)}${limit === undefined ? '' : ' LIMIT @limit'}`;
    const params: SqlParams = limit === undefined ? where.params : { ...where.params, limit };
    for (const row of this.db.prepare(sql).iterate(params) as Iterable<ListRow>) yield toItem(row);
  }

  /**
   * Records per outcome. Counted per status rather than with a SUM per outcome (three times faster);
   * when the filter is only a time range and statuses, each status is an index range count.
   */
  counts(filter: LogFilter): OutcomeCounts {
    const indexed = timeAndStatusOnly(filter);
    let rows: Array<{ status: string; n: number }>;
    if (indexed) {
      const statuses = indexed.status ? [...new Set(indexed.status)] : this.statuses();
      rows = statuses.map((status) => {
        const where = buildWhere({ ...indexed, status: [status] as NonNullable<LogFilter['status']> });
        return { status, n: (this.stmt(`SELECT COUNT(*) AS n FROM provisioning_logs AS l ${where.sql}`).get(where.params) as { n: number }).n };
      });
    } else {
      const where = buildWhere(filter);
      rows = this.stmt(`SELECT l.status AS status, COUNT(*) AS n FROM provisioning_logs AS l ${where.sql} GROUP BY l.status`).all(where.params) as typeof rows;
    }
    const counts: OutcomeCounts = { total: 0, success: 0, failure: 0, skipped: 0, warning: 0 };
    for (const { status, n } of rows) {
      counts.total += n;
      if (status === 'success' || status === 'failure' || status === 'skipped' || status === 'warning') counts[status] += n;
    }
    return counts;
  }

  private statuses(): string[] {
    return this.distinct('status');
  }

  /** A column's distinct values, read by hopping along the index it leads (a few seeks, not a scan). */
  private distinct(column: 'status' | 'service_principal_id'): string[] {
    const rows = this.stmt(`WITH RECURSIVE d(value) AS (
        SELECT (SELECT MIN(${column}) FROM provisioning_logs)
        UNION ALL SELECT (SELECT MIN(${column}) FROM provisioning_logs WHERE ${column} > d.value) FROM d WHERE d.value IS NOT NULL)
      SELECT value FROM d WHERE value IS NOT NULL`).all({}) as Array<{ value: string }>;
    return rows.map((row) => row.value);
  }

  stats(filter: LogFilter, by: LogStatsDimension, limit = 50): LogStatsRow[] {
    const where = buildWhere(filter);
    const dimension = DIMENSIONS[by];
    const condition = dimension.where ? (where.sql ? `${where.sql} AND ${dimension.where}` : `WHERE ${dimension.where}`) : where.sql;
    const sql = `SELECT ${dimension.key} AS key, ${dimension.label} AS label, ${OUTCOME_SUMS} FROM provisioning_logs AS l ${condition}
      GROUP BY ${dimension.key} ORDER BY ${dimension.order} LIMIT @limit`;
    return this.stmt(sql).all({ ...where.params, limit }) as LogStatsRow[];
  }

  cycles(filter: LogFilter, offset: number, limit: number): LogCycle[] {
    const where = buildWhere(filter);
    const condition = where.sql ? `${where.sql} AND l.cycle_id IS NOT NULL` : 'WHERE l.cycle_id IS NOT NULL';
    const sql = `SELECT l.cycle_id AS cycleId, MAX(l.job_id) AS jobId, MAX(l.app_name) AS appName, MIN(l.activity_ms) AS firstMs,
      MAX(l.activity_ms) AS lastMs, ${OUTCOME_SUMS} FROM provisioning_logs AS l ${condition}
      GROUP BY l.cycle_id ORDER BY lastMs DESC LIMIT @limit OFFSET @offset`;
    const rows = this.stmt(sql).all({ ...where.params, limit, offset }) as Array<Omit<LogCycle, 'firstDateTime' | 'lastDateTime'> & { firstMs: number; lastMs: number }>;
    return rows.map(({ firstMs, lastMs, ...rest }) => ({ ...rest, firstDateTime: new Date(firstMs).toISOString(), lastDateTime: new Date(lastMs).toISOString() }));
  }

  detail(id: string): LogDetail | undefined {
    const row = this.stmt(`SELECT ${LIST_COLUMNS}, l.seq, l.json_block AS block, l.json_line AS line, l.additional_details AS additionalDetails,
      l.recommended_action AS recommendedAction FROM provisioning_logs AS l WHERE l.id = ?`).get(id) as
      | (ListRow & JsonLocation & { additionalDetails: string | null; recommendedAction: string | null })
      | undefined;
    if (!row) return undefined;
    const { seq, block, line, additionalDetails, recommendedAction, ...list } = row;
    const json = this.jsonReader.read({ seq, block, line });
    // Steps and modified properties are kept inside the record's JSON; flattened here, on demand.
    const normalized = normalizeRecord(JSON.parse(json));
    const flat = normalized.ok ? flattenRecord(normalized.record) : undefined;
    return {
      item: toItem(list),
      additionalDetails,
      recommendedAction,
      steps: (flat?.steps ?? []).map(({ detailsJson, ...step }) => ({ ...step, details: detailsJson ? (JSON.parse(detailsJson) as Record<string, unknown>) : null })),
      modifiedProperties: flat?.properties ?? [],
      json,
    };
  }

  /** The newest stored record's time (for an incremental pull), optionally for one app. */
  newest(servicePrincipalId?: string): string | null {
    const row = servicePrincipalId
      ? this.stmt(`SELECT MAX(activity_ms) AS ms FROM provisioning_logs WHERE service_principal_id = ? AND origin = 'graph'`).get(servicePrincipalId)
      : this.stmt(`SELECT MAX(activity_ms) AS ms FROM provisioning_logs WHERE origin = 'graph'`).get({});
    const ms = (row as { ms: number | null }).ms;
    return ms === null ? null : new Date(ms).toISOString();
  }

  /**
   * Apps present in the store, for the viewer's App filter, each named as on its newest record, by
   * name. Everything is read from the (app, status, time) index: apps by hopping from one to the
   * next, counts as index range counts, the newest name from the last entry of each app and status.
   */
  apps(): Array<{ id: string; name: string | null; count: number }> {
    const statuses = this.statuses();
    const apps = this.distinct('service_principal_id').map((id) => {
      const count = (this.stmt(`SELECT COUNT(*) AS n FROM provisioning_logs WHERE service_principal_id = ?`).get(id) as { n: number }).n;
      let newest: { ms: number; name: string } | undefined;
      for (const status of statuses) {
        const last = this.stmt(`SELECT activity_ms AS ms, app_name AS name FROM provisioning_logs
          WHERE service_principal_id = @id AND status = @status AND app_name IS NOT NULL ORDER BY activity_ms DESC LIMIT 1`).get({ id, status }) as typeof newest;
        if (last && (!newest || last.ms > newest.ms)) newest = last;
      }
      return { id, name: newest?.name ?? null, count };
    });
    // SQLite's order: no name first, then by the UTF-8 bytes.
    return apps.sort((a, b) => (a.name === null || b.name === null ? Number(b.name === null) - Number(a.name === null) : Buffer.compare(Buffer.from(a.name), Buffer.from(b.name))));
  }
}
