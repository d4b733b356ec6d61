import type { LogOrigin } from '../../../shared/logs/log-row';
import { normalizeRecord } from '../../../shared/logs/normalize-record';
import type { WorkspaceDb } from '../db/workspace-db';
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
    const added = this.workspace.transaction(() => this.workspace.logs.addBatch(batch, this.origin));
    this.workspace.logs.batchCommitted();
    this.counts.added += added;
    this.counts.duplicates += batch.logs.count - added;
  }
}
