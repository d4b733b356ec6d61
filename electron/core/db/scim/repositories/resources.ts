import type Database from 'better-sqlite3';
import type { Db } from '../../connection';
import type { SqlFragment } from '../filter-sql';

export interface ResourceRow {
  rid: number;
  id: string;
  user_name?: string;
  external_id: string | null;
  display_name: string | null;
  active?: number | null;
  former?: number;
  json: string;
  version: number;
  created: string;
  last_modified: string;
}

export interface ResourceFields {
  id: string;
  userName?: string | null;
  externalId: string | null;
  displayName: string | null;
  active?: boolean | null;
  former?: boolean;
  json: string;
  now: string;
}

export interface ListQuery {
  where?: SqlFragment;
  order?: SqlFragment & { descending: boolean };
  offset: number;
  limit: number;
}

const STATEMENT_CACHE_SIZE = 200;

/** scim_users or scim_groups: the JSON document plus the indexed columns mirrored from it. */
export class ResourceRepository {
  private readonly getStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly deleteStmt;
  private readonly touchStmt;
  private readonly countAllStmt;
  private readonly cache = new Map<string, Database.Statement<unknown[]>>();

  constructor(
    private readonly db: Db,
    private readonly table: 'scim_users' | 'scim_groups',
  ) {
    const user = table === 'scim_users';
    this.getStmt = db.prepare(`SELECT * FROM ${table} WHERE id = ?`);
    this.insertStmt = db.prepare(
      user
        ? `INSERT INTO scim_users (id, user_name, external_id, display_name, active, former, json, version, created, last_modified)
           VALUES (@id, @userName, @externalId, @displayName, @active, @former, @json, 1, @now, @now)`
        : `INSERT INTO scim_groups (id, external_id, display_name, json, version, created, last_modified)
           VALUES (@id, @externalId, @displayName, @json, 1, @now, @now)`,
    );
    this.updateStmt = db.prepare(
      user
        ? `UPDATE scim_users SET user_name = @userName, external_id = @externalId, display_name = @displayName, active = @active,
             former = @former, json = @json, version = version + 1, last_modified = @now WHERE id = @id`
        : `UPDATE scim_groups SET external_id = @externalId, display_name = @displayName, json = @json, version = version + 1,
             last_modified = @now WHERE id = @id`,
    );
    this.touchStmt = db.prepare(`UPDATE ${table} SET version = version + 1, last_modified = ? WHERE id = ?`);
    this.deleteStmt = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
    this.countAllStmt = db.prepare(`SELECT COUNT(*) AS n FROM ${table}`);
  }

  private bind(fields: ResourceFields): Record<string, unknown> {
    const out: Record<string, unknown> = { id: fields.id, externalId: fields.externalId, displayName: fields.displayName, json: fields.json, now: fields.now };
    if (this.table === 'scim_users') {
      out.userName = fields.userName ?? '';
      out.active = fields.active === undefined || fields.active === null ? null : fields.active ? 1 : 0;
      out.former = fields.former ? 1 : 0;
    }
    return out;
  }

  get(id: string): ResourceRow | undefined {
    return this.getStmt.get(id) as ResourceRow | undefined;
  }

  insert(fields: ResourceFields): void {
    this.insertStmt.run(this.bind(fields));
  }

  update(fields: ResourceFields): boolean {
    return this.updateStmt.run(this.bind(fields)).changes > 0;
  }

  /** Bumps version and lastModified (a group whose members changed). */
  touch(id: string, now: string): void {
    this.touchStmt.run(now, id);
  }

  delete(id: string): boolean {
    return this.deleteStmt.run(id).changes > 0;
  }

  countAll(): number {
    return (this.countAllStmt.get() as { n: number }).n;
  }

  private prepared(sql: string): Database.Statement<unknown[]> {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      if (this.cache.size >= STATEMENT_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
      stmt = this.db.prepare<unknown[]>(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }

  count(where?: SqlFragment): number {
    if (!where) return this.countAll();
    return (this.prepared(`SELECT COUNT(*) AS n FROM ${this.table} r WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  }

  list(query: ListQuery): ResourceRow[] {
    const params: unknown[] = [];
    let sql = `SELECT r.* FROM ${this.table} r`;
    if (query.where) {
      sql += ` WHERE ${query.where.sql}`;
      params.push(...query.where.params);
    }
    if (query.order) {
      const direction = query.order.descending ? 'DESC' : 'ASC';
      sql += ` ORDER BY ${query.order.sql} ${direction}, r.rid`;
      params.push(...query.order.params);
    } else {
      sql += ' ORDER BY r.rid';
    }
    // Inlined as checked integers: SQLite plans a literal LIMIT markedly faster than a bound one (hot path of every lookup).
    if (!Number.isSafeInteger(query.limit) || !Number.isSafeInteger(query.offset) || query.limit < 0 || query.offset < 0) {
      throw new RangeError('limit and offset must be non-negative integers');
    }
    sql += ` LIMIT ${query.limit} OFFSET ${query.offset}`;
    return this.prepared(sql).all(...params) as ResourceRow[];
  }

  /** Which of `ids` exist (members must reference existing resources). */
  existing(ids: readonly string[]): Set<string> {
    const found = new Set<string>();
    for (const id of ids) if (this.getStmt.get(id)) found.add(id);
    return found;
  }

  /** The admin's browser: newest first, optionally narrowed by a substring of name, externalId or id. */
  browse(search: string | undefined, offset: number, limit: number): { total: number; rows: ResourceRow[] } {
    const name = this.table === 'scim_users' ? "coalesce(r.user_name, '') || ' ' || coalesce(r.display_name, '')" : 'r.display_name';
    const where = search ? `WHERE instr(lower(${name} || ' ' || coalesce(r.external_id, '') || ' ' || r.id), lower(?)) > 0` : '';
    const params = search ? [search] : [];
    const total = (this.prepared(`SELECT COUNT(*) AS n FROM ${this.table} r ${where}`).get(...params) as { n: number }).n;
    const rows = this.prepared(`SELECT r.* FROM ${this.table} r ${where} ORDER BY r.rid DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as ResourceRow[];
    return { total, rows };
  }

  clear(): void {
    this.db.prepare(`DELETE FROM ${this.table}`).run();
  }
}

/** True when SQLite refused a write because a UNIQUE index (userName, group displayName) already has the value. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}
