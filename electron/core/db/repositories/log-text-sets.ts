import type { Db } from '../connection';

/** A record's searchable text, one per column of the full-text index: identities, error code, reason, step descriptions. */
export type SearchTexts = ReadonlyArray<string | null>;

/**
 * Text sets: a record's searchable text, full-text indexed once for all the records of an import
 * batch that share it word for word (the same user, app and outcome); records point at theirs. A
 * set is shared within a batch only: sharing across the store would mean a lookup by digest per
 * record, and a random-key index, which cost more than it saved on logs that repeat little.
 */
export class LogTextSets {
  private readonly lastIdStmt;
  private readonly indexStmt;

  constructor(db: Db) {
    this.lastIdStmt = db.prepare(`SELECT rowid FROM provisioning_log_text_sets_fts ORDER BY rowid DESC LIMIT 1`).pluck();
    this.indexStmt = db.prepare(`INSERT INTO provisioning_log_text_sets_fts (rowid, identities, error_code, reason, descriptions) VALUES (?, ?, ?, ?, ?)`);
  }

  /** The first id free for a new set (call inside the transaction that adds them). */
  nextId(): number {
    return Number((this.lastIdStmt.get() as number | undefined) ?? 0) + 1;
  }

  /** Indexes a set under an id from nextId (ids given out but never written are simply skipped). */
  write(id: number, texts: SearchTexts): void {
    this.indexStmt.run(id, ...texts);
  }
}
