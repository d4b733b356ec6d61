import { ALWAYS_SECRET, redactBody } from '../../../../../shared/scim/redact-secrets';
import type { Db } from '../../connection';

export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  resourceType: string | null;
  requestBody: string | null;
  responseBody: string | null;
}

export interface RequestLogRow extends RequestLogEntry {
  seq: number;
}

export interface RequestLogQuery {
  limit: number;
  /** Only entries newer than this sequence number (live tailing). */
  afterSeq?: number;
  /** Only entries older than this sequence number (paging back). */
  beforeSeq?: number;
  method?: string;
  /** 'success' (< 400), 'error' (>= 400) or an exact status code. */
  status?: 'success' | 'error' | number;
  /** Case-insensitive substring of the path. */
  pathContains?: string;
}

/** Every request the endpoint answered, newest last; bounded to `capacity` rows (oldest dropped). */
export class RequestLogRepository {
  private readonly insertStmt;
  private readonly pruneStmt;
  private readonly getStmt;
  private readonly latestStmt;

  constructor(
    private readonly db: Db,
    readonly capacity: number,
  ) {
    this.insertStmt = db.prepare(`
      INSERT INTO scim_request_log (at, method, path, status, duration_ms, resource_type, request_body, response_body)
      VALUES (@at, @method, @path, @status, @durationMs, @resourceType, @requestBody, @responseBody)`);
    this.pruneStmt = db.prepare('DELETE FROM scim_request_log WHERE seq <= (SELECT max(seq) FROM scim_request_log) - ?');
    this.getStmt = db.prepare(`SELECT seq, at, method, path, status, duration_ms AS durationMs, resource_type AS resourceType,
      request_body AS requestBody, response_body AS responseBody FROM scim_request_log WHERE seq = ?`);
    this.latestStmt = db.prepare('SELECT coalesce(max(seq), 0) AS seq, count(*) AS n FROM scim_request_log');
  }

  /** Appends a batch in one transaction and drops what exceeds the capacity. */
  append(entries: readonly RequestLogEntry[]): void {
    if (entries.length === 0) return;
    this.db.transaction(() => {
      for (const entry of entries) this.insertStmt.run(entry);
      this.pruneStmt.run(this.capacity);
    })();
  }

  /** One entry with its bodies; a password in a row logged before bodies were redacted is blanked here. */
  get(seq: number): RequestLogRow | undefined {
    const row = this.getStmt.get(seq) as RequestLogRow | undefined;
    return row && { ...row, requestBody: redactBody(row.requestBody, ALWAYS_SECRET) };
  }

  latest(): { seq: number; count: number } {
    const row = this.latestStmt.get() as { seq: number; n: number };
    return { seq: row.seq, count: row.n };
  }

  /** Newest first; bodies are left out (fetch one entry with get()). */
  list(query: RequestLogQuery): Array<Omit<RequestLogRow, 'requestBody' | 'responseBody'>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.afterSeq !== undefined) {
      where.push('seq > ?');
      params.push(query.afterSeq);
    }
    if (query.beforeSeq !== undefined) {
      where.push('seq < ?');
      params.push(query.beforeSeq);
    }
    if (query.method) {
      where.push('method = ?');
      params.push(query.method.toUpperCase());
    }
    if (query.status === 'success') where.push('status < 400');
    else if (query.status === 'error') where.push('status >= 400');
    else if (typeof query.status === 'number') {
      where.push('status = ?');
      params.push(query.status);
    }
    if (query.pathContains) {
      where.push("instr(lower(path), lower(?)) > 0");
      params.push(query.pathContains);
    }
    const sql = `SELECT seq, at, method, path, status, duration_ms AS durationMs, resource_type AS resourceType
      FROM scim_request_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY seq DESC LIMIT ?`;
    params.push(query.limit);
    return this.db.prepare(sql).all(...params) as Array<Omit<RequestLogRow, 'requestBody' | 'responseBody'>>;
  }

  clear(): void {
    this.db.prepare('DELETE FROM scim_request_log').run();
  }
}
