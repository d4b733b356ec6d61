import { AppError } from '../../../../shared/errors';
import type { LogOrigin } from '../../../../shared/logs/log-row';
import { toStoredLog } from '../../../../shared/logs/log-row';
import { LogPacker, PackedFieldReader, type PackedLogs, type PackedNumber, type PackedString } from './packed-logs';
import { normalizeRecord } from '../../../../shared/logs/normalize-record';
import type { Db } from '../connection';
import { LogTextSets, textSetKey } from './log-text-sets';
import { BLOCK_CODEC, blockOf, packBlocks, storedJson, unpackBlock } from './log-json-blocks';

/** What the snapshot import hands over: a record's id and JSON (the other fields are derived again here). */
export interface ProvisioningLogInput {
  id: string;
  json: string;
  [column: string]: unknown;
}

/** Records to store with their JSON packed in blocks (see log-json-blocks.ts and prepared-batch.ts). */
export interface StoreBatch {
  logs: PackedLogs;
  blocks: readonly Uint8Array[];
}

/** What one addBatch wrote: its rows' seq range and its blocks' id range (empty ranges have last < first). */
export interface WrittenBatch {
  firstSeq: number;
  lastSeq: number;
  firstBlock: number;
  lastBlock: number;
}

/** Optional bookkeeping for a file import: rows from `sinceSeq` on are this file's, so an id among them is a duplicate inside the file. */
export interface BatchTracking {
  sinceSeq: number;
  /** Receives what the batch wrote. */
  written: WrittenBatch[];
  /** Receives the ids the file holds more than once (second and later copies are not stored). */
  repeatedIds: string[];
}

/** The row's columns and the packed field each is read from. */
const ROW_COLUMNS = {
  id: 'id', tenant_id: 'tenantId', activity_ms: 'activityMs', status: 'status', action: 'action', service_principal_id: 'servicePrincipalId',
  app_name: 'appName', job_id: 'jobId', cycle_id: 'cycleId', change_id: 'changeId', duration_ms: 'durationMs', source_id: 'sourceId',
  source_name: 'sourceName', source_type: 'sourceType', target_id: 'targetId', target_name: 'targetName', source_system: 'sourceSystem',
  target_system: 'targetSystem', initiated_by: 'initiatedBy', error_code: 'errorCode', error_category: 'errorCategory', reason: 'reason',
  additional_details: 'additionalDetails', recommended_action: 'recommendedAction', step_count: 'stepCount', property_count: 'propertyCount',
} as const satisfies Record<string, PackedString | PackedNumber>;
const ROW_FIELDS = new PackedFieldReader(Object.values(ROW_COLUMNS));
/** A record's searchable text, in the order of the full-text columns (indexed as a set, see LogTextSets). */
const SEARCH_TEXT = new PackedFieldReader(['searchIdentities', 'errorCode', 'searchReason', 'searchDescriptions'] as const);

const ORIGIN_OF_TENANT_SOURCE: Record<string, LogOrigin> = { sample: 'sample', graph: 'graph', file: 'file' };

/**
 * Writes provisioning-log records: the flat row, its JSON (in compressed blocks) and its searchable
 * text (as a shared text set). Inserting a known id is a no-op (idempotent imports).
 */
export class ProvisioningLogsRepository {
  private readonly insertRow;
  private readonly insertBlock;
  private readonly nextBlockStmt;
  private readonly countStmt;
  private readonly countByAppStmt;
  private readonly jsonStmt;
  private readonly jsonByAppStmt;
  private readonly tenantSourceStmt;
  private readonly originByTenant = new Map<string, LogOrigin>();
  private readonly textSets;
  private readonly seqOfIdStmt;
  private readonly nextSeqStmt;
  private readonly discardRowsStmt;
  private readonly discardBlocksStmt;

  constructor(private readonly db: Db) {
    this.insertRow = db.prepare(`
      INSERT INTO provisioning_logs (${Object.keys(ROW_COLUMNS).join(', ')}, origin, json_block, json_line, text_set_id)
      VALUES (${Array.from({ length: ROW_FIELDS.fields.length + 4 }, () => '?').join(', ')})
      ON CONFLICT (id) DO NOTHING`);
    this.textSets = new LogTextSets(db);
    this.insertBlock = db.prepare(`INSERT INTO provisioning_log_blocks (id, codec, data) VALUES (?, ?, ?)`);
    this.nextBlockStmt = db.prepare(`SELECT COALESCE(MAX(id), 0) + 1 AS id FROM provisioning_log_blocks`);
    this.countStmt = db.prepare(`SELECT COUNT(*) AS n FROM provisioning_logs WHERE tenant_id = ?`);
    this.countByAppStmt = db.prepare(`SELECT COUNT(*) AS n FROM provisioning_logs WHERE tenant_id = ? AND service_principal_id = ?`);
    this.jsonStmt = db.prepare(
      `SELECT l.seq, l.json_block AS block, l.json_line AS line FROM provisioning_logs AS l WHERE l.tenant_id = ? ORDER BY l.activity_ms, l.id`,
    );
    this.jsonByAppStmt = db.prepare(
      `SELECT l.seq, l.json_block AS block, l.json_line AS line FROM provisioning_logs AS l
       WHERE l.tenant_id = ? AND l.service_principal_id = ? ORDER BY l.activity_ms, l.id`,
    );
    this.tenantSourceStmt = db.prepare(`SELECT source FROM tenants WHERE id = ?`);
    this.seqOfIdStmt = db.prepare(`SELECT seq FROM provisioning_logs WHERE id = ?`);
    this.nextSeqStmt = db.prepare(`SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM provisioning_logs`);
    this.discardRowsStmt = db.prepare(`DELETE FROM provisioning_logs WHERE seq BETWEEN ? AND ?`);
    this.discardBlocksStmt = db.prepare(`DELETE FROM provisioning_log_blocks WHERE id BETWEEN ? AND ?`);
  }

  /**
   * Tunes the connection for a long import: a larger page cache (ten indexes and the full-text
   * index are updated per record) and WAL checkpoints every 16,384 pages instead of every 1,000, so
   * hot index pages are not copied back after every batch. Returns the function that restores the settings and checkpoints.
   */
  bulkMode(): () => void {
    if (this.db.readonly) return () => undefined;
    const cache = this.db.pragma('cache_size', { simple: true }) as number;
    const autocheckpoint = this.db.pragma('wal_autocheckpoint', { simple: true }) as number;
    const mmap = this.db.pragma('mmap_size', { simple: true }) as number;
    this.db.pragma('cache_size = -196608');
    this.db.pragma('wal_autocheckpoint = 16384');
    // Memory-mapped pages the merges touch would count on top of the cache: the import stays under 1 GB.
    this.db.pragma('mmap_size = 0');
    return () => {
      this.db.pragma(`cache_size = ${Number(cache)}`);
      this.db.pragma(`mmap_size = ${Number(mmap)}`);
      this.db.pragma(`wal_autocheckpoint = ${Number(autocheckpoint)}`);
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    };
  }

  /**
   * Stores a batch (call inside a transaction): each row, pointing at its text set, and the blocks
   * holding the JSON of the rows that were new. Known ids are skipped. Returns how many records were added.
   */
  addBatch(batch: StoreBatch, origin: LogOrigin, tracking?: BatchTracking): number {
    const firstBlock = (this.nextBlockStmt.get() as { id: number }).id;
    let firstSeq = 0;
    let lastSeq = -1;
    const used = new Set<number>();
    const { logs } = batch;
    const row: Array<string | number | null> = [];
    const columns = ROW_FIELDS.fields.length;
    // Records of the batch with the same searchable text (the same strings of the batch) share one
    // text set, a remembered one if there is one. A new set's id is given out first and the set
    // written once a record using it is stored, so a batch of records already stored adds no sets.
    const sets = new Map<string, { id: number | null; texts: Array<string | null>; key: string | null; written: boolean }>();
    // Sets written by an earlier call that was never confirmed may have been rolled back.
    this.textSets.forgetUnconfirmed();
    let nextSet = this.textSets.nextId();
    let added = 0;
    for (let position = 0; position < logs.count; position++) {
      const { block, line } = blockOf(position);
      ROW_FIELDS.read(logs, position, row);
      row[columns] = origin;
      row[columns + 1] = firstBlock + block;
      row[columns + 2] = line;
      const key = `${SEARCH_TEXT.ref(logs, position, 0)} ${SEARCH_TEXT.ref(logs, position, 1)} ${SEARCH_TEXT.ref(logs, position, 2)} ${SEARCH_TEXT.ref(logs, position, 3)}`;
      let set = sets.get(key);
      if (!set) {
        const texts = SEARCH_TEXT.read(logs, position, []);
        const setKey = this.textSets.worthLookingUp() ? textSetKey(texts) : null;
        const known = setKey === null ? undefined : this.textSets.find(setKey);
        set = known !== undefined ? { id: known, texts, key: setKey, written: true } : { id: texts.some(Boolean) ? nextSet++ : null, texts, key: setKey, written: false };
        sets.set(key, set);
      }
      row[columns + 3] = set.id;
      const result = this.insertRow.run(...row);
      if (result.changes !== 1) {
        if (tracking && ((this.seqOfIdStmt.get(row[0]) as { seq: number } | undefined)?.seq ?? 0) >= tracking.sinceSeq) tracking.repeatedIds.push(String(row[0]));
        continue;
      }
      const seq = Number(result.lastInsertRowid);
      if (added === 0) firstSeq = seq;
      lastSeq = seq;
      added += 1;
      used.add(block);
      if (set.id !== null && !set.written) {
        this.textSets.write(set.id, set.texts, set.key);
        set.written = true;
      }
    }
    for (const block of used) this.insertBlock.run(firstBlock + block, BLOCK_CODEC, batch.blocks[block]);
    tracking?.written.push({ firstSeq, lastSeq, firstBlock, lastBlock: firstBlock + batch.blocks.length - 1 });
    return added;
  }

  /** The seq the next stored row will get: rows from there on belong to what is written next. */
  nextSeq(): number {
    return (this.nextSeqStmt.get() as { seq: number }).seq;
  }

  /**
   * Removes what earlier addBatch calls wrote (call inside a transaction): a file import that failed
   * part-way leaves nothing behind. Text sets the rows pointed at stay; they are shared and harmless.
   */
  discard(written: readonly WrittenBatch[]): number {
    let removed = 0;
    for (const batch of written) {
      if (batch.lastSeq >= batch.firstSeq) removed += this.discardRowsStmt.run(batch.firstSeq, batch.lastSeq).changes;
      if (batch.lastBlock >= batch.firstBlock) this.discardBlocksStmt.run(batch.firstBlock, batch.lastBlock);
    }
    return removed;
  }

  /** Call after the transaction around addBatch committed: its new text sets may be shared with later batches. */
  batchCommitted(): void {
    if (!this.db.inTransaction) this.textSets.confirm();
  }

  /**
   * The snapshot import's entry point (call inside a transaction): derives every column from each
   * record's JSON and stores them as one batch. A record the log store cannot read throws before
   * anything is written, so the surrounding transaction (the whole snapshot) rolls back.
   * Returns how many records were new.
   */
  insertAll(tenantId: string, records: readonly ProvisioningLogInput[]): number {
    const logs = new LogPacker();
    const texts: Array<string | Buffer> = [];
    for (const record of records) {
      const normalized = normalizeRecord(JSON.parse(record.json));
      if (!normalized.ok) throw new AppError('INVALID_SNAPSHOT', `A provisioning-log record cannot be stored: ${normalized.reason}.`);
      logs.add(toStoredLog(normalized.record, tenantId));
      texts.push(storedJson(normalized.record, normalized.renamed, record.json));
    }
    return this.addBatch({ logs: logs.take(), blocks: packBlocks(texts) }, this.originOf(tenantId));
  }

  /** A tenant's source never changes within one import; asked once per tenant. */
  private originOf(tenantId: string): LogOrigin {
    let origin = this.originByTenant.get(tenantId);
    if (!origin) {
      const source = (this.tenantSourceStmt.get(tenantId) as { source: string } | undefined)?.source ?? 'file';
      origin = ORIGIN_OF_TENANT_SOURCE[source] ?? 'file';
      this.originByTenant.set(tenantId, origin);
    }
    return origin;
  }

  count(tenantId: string, servicePrincipalId?: string): number {
    const row = servicePrincipalId ? this.countByAppStmt.get(tenantId, servicePrincipalId) : this.countStmt.get(tenantId);
    return (row as { n: number }).n;
  }

  /** Every record of a tenant (or one app) in Graph's v1.0 shape, oldest first. */
  allJson(tenantId: string, servicePrincipalId?: string): string[] {
    const rows = (servicePrincipalId ? this.jsonByAppStmt.all(tenantId, servicePrincipalId) : this.jsonStmt.all(tenantId)) as JsonLocation[];
    const reader = new StoredJsonReader(this.db);
    return rows.map((location) => {
      const json = reader.read(location);
      const normalized = normalizeRecord(JSON.parse(json));
      return normalized.ok && normalized.renamed ? JSON.stringify(normalized.record) : json;
    });
  }
}

export interface JsonLocation {
  seq: number;
  block: number | null;
  line: number | null;
}

/**
 * Reads records' JSON wherever it is kept: a line of a compressed block, or (rows stored before
 * blocks existed) the per-record JSON table. The last few blocks stay inflated, since neighbours
 * are usually read together (a detail pane moving down the grid, an export in time order).
 */
export class StoredJsonReader {
  private readonly blockStmt;
  private readonly jsonStmt;
  private readonly cache = new Map<number, string[]>();

  constructor(db: Db) {
    this.blockStmt = db.prepare(`SELECT codec, data FROM provisioning_log_blocks WHERE id = ?`);
    this.jsonStmt = db.prepare(`SELECT json FROM provisioning_log_json WHERE seq = ?`);
  }

  read({ seq, block, line }: JsonLocation): string {
    if (block === null || line === null) return (this.jsonStmt.get(seq) as { json: string } | undefined)?.json ?? '{}';
    let lines = this.cache.get(block);
    if (!lines) {
      const row = this.blockStmt.get(block) as { codec: string; data: Uint8Array } | undefined;
      lines = row ? unpackBlock(row.codec, row.data) : [];
      if (this.cache.size >= 4) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(block, lines);
    }
    return lines[line] ?? '{}';
  }
}
