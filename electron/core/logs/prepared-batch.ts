import type { ProvisioningObjectSummary } from '../../../shared/graph/provisioning-log';
import { toStoredLog, type StoredLog } from '../../../shared/logs/log-row';
import { packBlocks } from '../db/repositories/log-json-blocks';

/** Records ready for the store: their rows and full-text entries, and their JSON packed in blocks. */
export interface PreparedBatch {
  logs: StoredLog[];
  blocks: Uint8Array[];
}

/** `text` is the record's JSON as stored: its original text when that is already v1.0 JSON on one line. */
export function prepareBatch(items: ReadonlyArray<{ record: ProvisioningObjectSummary; text: string }>): PreparedBatch {
  return { logs: items.map(({ record }) => toStoredLog(record)), blocks: packBlocks(items.map(({ text }) => text)) };
}
