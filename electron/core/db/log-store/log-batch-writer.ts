import type { LogOrigin } from '../../../../shared/logs/log-row';
import { normalizeRecord } from '../../../../shared/logs/normalize-record';
import type { BatchTracking } from './provisioning-logs';
import type { WorkspaceDb } from '../workspace-db';
import { BatchBuilder, type PreparedBatch } from './prepared-batch';

export interface IngestCounts {
  added: number;
  duplicates: number;
  rejected: number;
}

export interface Rejection {
  file: string;
  position: string;
  reason: string;
}

const MAX_KEPT_REJECTIONS = 100;
/** Records per transaction: large enough that the full-text index flushes rarely, small enough to show progress often. */
export const DEFAULT_BATCH_SIZE = 5000;

/**
 * Validates records and writes them in batches, each batch one transaction: an interruption leaves
 * whole records only, and importing the same file again adds just what is missing.
 */
export class LogBatchWriter {
  readonly counts: IngestCounts = { added: 0, duplicates: 0, rejected: 0 };
  readonly rejections: Rejection[] = [];
  private readonly builder = new BatchBuilder();
  /** The file being imported all-or-nothing: what it wrote so far, and the counts before it began. */
  private file: { name: string; tracking: BatchTracking; before: IngestCounts; rejectionsBefore: number } | null = null;

  constructor(
    private readonly workspace: WorkspaceDb,
    private readonly origin: LogOrigin,
    private readonly batchSize = DEFAULT_BATCH_SIZE,
  ) {}

  /** Queues one raw record (stored as v1.0 JSON); returns true when the batch is full and was written. */
  add(raw: unknown, file: string, position: string): boolean {
    const normalized = normalizeRecord(raw);
    if (!normalized.ok) {
      this.reject(file, position, normalized.reason);
      return false;
    }
    this.builder.add(normalized.record, JSON.stringify(normalized.record));
    if (this.builder.size < this.batchSize) return false;
    this.flush();
    return true;
  }

  reject(file: string, position: string, reason: string): void {
    this.counts.rejected += 1;
    if (this.rejections.length < MAX_KEPT_REJECTIONS) this.rejections.push({ file, position, reason });
  }

  flush(): void {
    if (this.builder.size === 0) return;
    this.write(this.builder.take());
  }

  /** Stores a batch prepared elsewhere (the JSON import's worker) in one transaction. */
  write(batch: PreparedBatch): void {
    const tracking = this.file?.tracking;
    const repeatedBefore = tracking?.repeatedIds.length ?? 0;
    const added = this.workspace.transaction(() => this.workspace.logs.addBatch(batch, this.origin, tracking));
    this.workspace.logs.batchCommitted();
    const repeated = tracking ? tracking.repeatedIds.slice(repeatedBefore) : [];
    this.counts.added += added;
    this.counts.duplicates += batch.logs.count - added - repeated.length;
    for (const id of repeated) this.reject(this.file!.name, `record ${id}`, `the file holds a record with id "${id}" more than once; the first one was kept`);
  }

  /**
   * Starts a file that is imported all or nothing: its batches still commit one by one (so the
   * two-thread pipeline and its memory bound stay), but discardFile() removes every one of them.
   */
  beginFile(name: string): void {
    this.file = {
      name,
      tracking: { sinceSeq: this.workspace.logs.nextSeq(), written: [], repeatedIds: [] },
      before: { ...this.counts },
      rejectionsBefore: this.rejections.length,
    };
  }

  /** The file is complete: what it wrote stays. */
  endFile(): void {
    this.file = null;
  }

  /** The file failed: removes what it stored and forgets its counts and rejections. */
  discardFile(): void {
    const file = this.file;
    if (!file) return;
    this.builder.take();
    this.workspace.transaction(() => this.workspace.logs.discard(file.tracking.written));
    Object.assign(this.counts, file.before);
    this.rejections.length = Math.min(this.rejections.length, file.rejectionsBefore);
    this.file = null;
  }
}
