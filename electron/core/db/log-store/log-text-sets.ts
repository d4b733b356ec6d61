import type { Db } from '../connection';

/** A record's searchable text, one per column of the full-text index: identities, error code, reason, step descriptions. */
export type SearchTexts = ReadonlyArray<string | null>;

/** Sets remembered across batches: enough for the users and outcomes of a few cycles, a few MB. */
const REMEMBERED = 20_000;
/** New sets of a batch always looked up, to tell whether its texts repeat earlier batches'. */
const PROBES = 1000;

/**
 * Text sets: a record's searchable text, full-text indexed once for the records that share it word
 * for word (the same user, app and outcome); records point at theirs. A set is shared within an
 * import batch and, through a bounded memory of recent sets, with later batches. There is no
 * lookup in the database: a digest index cost more than it saved on logs that repeat little.
 * A set is remembered only once the transaction that wrote it has committed (see confirm), so a
 * rolled-back batch never leaves a set id that later records could point at.
 */
export class LogTextSets {
  private readonly lastIdStmt;
  private readonly indexStmt;
  private readonly remembered = new Map<string, number>();
  private staged: Array<[string, number]> = [];
  /** This batch's lookups and how many found a set (see worthLookingUp). */
  private lookups = 0;
  private hits = 0;

  constructor(db: Db) {
    this.lastIdStmt = db.prepare(`SELECT rowid FROM provisioning_log_text_sets_fts ORDER BY rowid DESC LIMIT 1`).pluck();
    this.indexStmt = db.prepare(`INSERT INTO provisioning_log_text_sets_fts (rowid, identities, error_code, reason, descriptions) VALUES (?, ?, ?, ?, ?)`);
  }

  /** The first id free for a new set (call inside the transaction that adds them). */
  nextId(): number {
    return Number((this.lastIdStmt.get() as number | undefined) ?? 0) + 1;
  }

  /**
   * Indexes a set (its texts and their textSetKey) under an id from nextId; ids given out but never
   * written are simply skipped. A set written without its key is not remembered.
   */
  write(id: number, texts: SearchTexts, key: string | null): void {
    this.indexStmt.run(id, ...texts);
    if (key !== null) this.staged.push([key, id]);
  }

  /** The id of a committed set with this textSetKey, if it is remembered. */
  find(key: string): number | undefined {
    this.lookups += 1;
    const id = this.remembered.get(key);
    if (id !== undefined) this.hits += 1;
    return id;
  }

  /**
   * Whether the batch's next new set is worth looking up (and remembering): always while nothing is
   * remembered yet and for a batch's first PROBES, then only while at least one in a hundred lookups
   * finds a set. A large tenant's records
   * hardly share text with earlier batches; building, hashing and keeping their keys cost the
   * writing thread more than the rare shared set saves.
   */
  worthLookingUp(): boolean {
    return this.remembered.size === 0 || this.lookups < PROBES || this.hits * 100 >= this.lookups;
  }

  /** The sets written since the last call are committed: remember them. */
  confirm(): void {
    if (this.remembered.size + this.staged.length > REMEMBERED) this.remembered.clear();
    for (const [key, id] of this.staged) this.remembered.set(key, id);
    this.staged = [];
  }

  /** A new batch begins; the sets written since the last confirm may not have committed: forget them. */
  forgetUnconfirmed(): void {
    this.staged = [];
    this.lookups = 0;
    this.hits = 0;
  }
}

/** What identifies a set: its texts, column by column. */
export const textSetKey = (texts: SearchTexts): string => texts.map((text) => text ?? '').join('\0');
