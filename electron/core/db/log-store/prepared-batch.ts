import type { ProvisioningObjectSummary } from '../../../../shared/graph/provisioning-log';
import { toStoredLog } from '../../../../shared/logs/log-row';
import { LogPacker, type PackedLogs } from './packed-logs';
import { RECORDS_PER_BLOCK, packBlock } from './log-json-blocks';

/** Records ready for the store: their rows and full-text entries, packed, and their JSON in compressed blocks. */
export interface PreparedBatch {
  logs: PackedLogs;
  blocks: Uint8Array[];
}

/**
 * Collects records into a batch as they are read: each record is flattened and packed at once and
 * its JSON compressed as soon as a block is full, so parsed records and their texts die young
 * instead of living (and being garbage-collected as old objects) until the whole batch is written.
 */
export class BatchBuilder {
  private readonly packer = new LogPacker();
  private blocks: Uint8Array[] = [];
  private texts: Array<string | Buffer> = [];

  get size(): number {
    return this.packer.size;
  }

  /** `text` is the record's JSON as stored (see storedJson), as text or UTF-8 bytes. */
  add(record: ProvisioningObjectSummary, text: string | Buffer): void {
    this.packer.add(toStoredLog(record));
    this.texts.push(text);
    if (this.texts.length === RECORDS_PER_BLOCK) this.seal();
  }

  /** The batch so far; the builder starts a new one. */
  take(): PreparedBatch {
    this.seal();
    const batch = { logs: this.packer.take(), blocks: this.blocks };
    this.blocks = [];
    return batch;
  }

  private seal(): void {
    if (this.texts.length === 0) return;
    this.blocks.push(packBlock(this.texts));
    this.texts = [];
  }
}
