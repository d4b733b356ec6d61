import type { ProvisioningObjectSummary } from '../../../shared/graph/provisioning-log';
import { toStoredLog, type StoredLog } from '../../../shared/logs/log-row';
import { RECORDS_PER_BLOCK, packBlock } from '../db/repositories/log-json-blocks';

/** Records ready for the store: their rows and full-text entries, and their JSON packed in blocks. */
export interface PreparedBatch {
  logs: StoredLog[];
  blocks: Uint8Array[];
}

/**
 * Collects records into a batch as they are read: each record is flattened at once and its JSON
 * compressed as soon as a block is full, so parsed records and their texts die young instead of
 * living (and being garbage-collected as old objects) until the whole batch is written.
 */
export class BatchBuilder {
  private logs: StoredLog[] = [];
  private blocks: Uint8Array[] = [];
  private texts: Array<string | Buffer> = [];

  get size(): number {
    return this.logs.length;
  }

  /** `text` is the record's JSON as stored (see storedJson), as text or UTF-8 bytes. */
  add(record: ProvisioningObjectSummary, text: string | Buffer): void {
    this.logs.push(toStoredLog(record));
    this.texts.push(text);
    if (this.texts.length === RECORDS_PER_BLOCK) this.seal();
  }

  /** The batch so far; the builder starts a new one. */
  take(): PreparedBatch {
    this.seal();
    const batch = { logs: this.logs, blocks: this.blocks };
    this.logs = [];
    this.blocks = [];
    return batch;
  }

  private seal(): void {
    if (this.texts.length === 0) return;
    this.blocks.push(packBlock(this.texts));
    this.texts = [];
  }
}
