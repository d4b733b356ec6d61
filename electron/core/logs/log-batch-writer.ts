import type { LogOrigin } from '../../../shared/logs/log-row';
import { flattenRecord } from '../../../shared/logs/log-row';
import { normalizeRecord } from '../../../shared/logs/normalize-record';
import type { WorkspaceDb } from '../db/workspace-db';

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

/**
 * Validates records and writes them in batches, each batch one transaction: an interruption leaves
 * whole records only, and importing the same file again adds just what is missing.
 */
export class LogBatchWriter {
  readonly counts: IngestCounts = { added: 0, duplicates: 0, rejected: 0 };
  readonly rejections: Rejection[] = [];
  private batch: Array<{ value: Parameters<typeof flattenRecord>[0]; json: string }> = [];

  constructor(
    private readonly workspace: WorkspaceDb,
    private readonly origin: LogOrigin,
    private readonly batchSize = 2000,
  ) {}

  /** Queues one raw record; returns true when the batch is full and was written. */
  add(raw: unknown, text: string | undefined, file: string, position: string): boolean {
    const normalized = normalizeRecord(raw);
    if (!normalized.ok) {
      this.reject(file, position, normalized.reason);
      return false;
    }
    const json = !normalized.renamed && text !== undefined && !text.includes('\n') ? text : JSON.stringify(normalized.record);
    this.batch.push({ value: normalized.record, json });
    if (this.batch.length < this.batchSize) return false;
    this.flush();
    return true;
  }

  reject(file: string, position: string, reason: string): void {
    this.counts.rejected += 1;
    if (this.rejections.length < MAX_KEPT_REJECTIONS) this.rejections.push({ file, position, reason });
  }

  flush(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    let added = 0;
    this.workspace.transaction(() => {
      for (const { value, json } of batch) if (this.workspace.logs.add(flattenRecord(value), json, this.origin)) added += 1;
    });
    this.counts.added += added;
    this.counts.duplicates += batch.length - added;
  }
}
