import { createHash } from 'node:crypto';
import type { Db } from '../connection';

/** A record's searchable text, one per column of the full-text index: identities, error code, reason, step descriptions. */
export type SearchTexts = ReadonlyArray<string | null>;

/**
 * The distinct text sets (a record's searchable text), each stored once, by digest, and full-text
 * indexed once; records point at theirs. Ids are looked up in the database every time rather than
 * cached across calls, so a rolled-back transaction can never leave a record pointing at a set
 * that was undone.
 */
export class LogTextSets {
  private readonly findStmt;
  private readonly insertStmt;
  private readonly indexStmt;

  constructor(db: Db) {
    this.findStmt = db.prepare(`SELECT id FROM provisioning_log_text_sets WHERE digest = ?`).pluck();
    this.insertStmt = db.prepare(`INSERT INTO provisioning_log_text_sets (digest) VALUES (?)`);
    this.indexStmt = db.prepare(`INSERT INTO provisioning_log_text_sets_fts (rowid, identities, error_code, reason, descriptions) VALUES (?, ?, ?, ?, ?)`);
  }

  /** The id of a text set, stored and indexed if new; null when there is no text at all. */
  idOf(texts: SearchTexts): number | null {
    if (!texts.some(Boolean)) return null;
    const hash = createHash('sha256');
    for (const text of texts) hash.update(text ?? '').update('\0');
    const digest = hash.digest();
    const found = this.findStmt.get(digest) as number | undefined;
    if (found !== undefined) return found;
    const id = Number(this.insertStmt.run(digest).lastInsertRowid);
    this.indexStmt.run(id, ...texts);
    return id;
  }
}
