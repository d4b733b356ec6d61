import type { Db } from '../connection';

export interface ImportRunCounts {
  added: number;
  duplicates: number;
  rejected: number;
  position: string | null;
}

/** One row per import or pull run: what it read, how far it got, and how it ended. */
export class ProvisioningLogImportsRepository {
  private readonly startStmt;
  private readonly progressStmt;
  private readonly finishStmt;
  private readonly recentStmt;
  private readonly lastStmt;

  constructor(db: Db) {
    this.startStmt = db.prepare(`INSERT INTO provisioning_log_imports (started_at, source, format, status) VALUES (?, ?, ?, 'running')`);
    this.progressStmt = db.prepare(`UPDATE provisioning_log_imports SET added = @added, duplicates = @duplicates, rejected = @rejected, position = @position WHERE id = @id`);
    this.finishStmt = db.prepare(`UPDATE provisioning_log_imports SET finished_at = @finishedAt, status = @status, added = @added, duplicates = @duplicates,
      rejected = @rejected, position = @position, format = COALESCE(@format, format) WHERE id = @id`);
    this.lastStmt = db.prepare(`SELECT status, position FROM provisioning_log_imports WHERE source = ? ORDER BY id DESC LIMIT 1`);
    this.recentStmt = db.prepare(`SELECT id, started_at AS startedAt, finished_at AS finishedAt, source, format, added, duplicates, rejected, position, status
      FROM provisioning_log_imports ORDER BY id DESC LIMIT ?`);
  }

  start(source: string, format: string | null, now: Date): number {
    return Number(this.startStmt.run(now.toISOString(), source, format).lastInsertRowid);
  }

  progress(id: number, counts: ImportRunCounts): void {
    this.progressStmt.run({ id, ...counts });
  }

  finish(id: number, status: 'done' | 'failed' | 'cancelled', counts: ImportRunCounts, now: Date, format: string | null = null): void {
    this.finishStmt.run({ id, status, finishedAt: now.toISOString(), format, ...counts });
  }

  /** The latest run from one source (e.g. a Graph pull of one app), to resume an unfinished window. */
  lastOf(source: string): { status: string; position: string | null } | undefined {
    return this.lastStmt.get(source) as { status: string; position: string | null } | undefined;
  }

  recent(limit = 20): Array<Record<string, unknown>> {
    return this.recentStmt.all(limit) as Array<Record<string, unknown>>;
  }
}
