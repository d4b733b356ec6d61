import { isMainThread } from 'node:worker_threads';
import { isAzureMonitorRow, normalizeRecord } from '../../../shared/logs/normalize-record';
import type { ProvisioningObjectSummary } from '../../../shared/graph/provisioning-log';
import { readJsonRecords } from './json-log-reader';
import { storedText } from './log-batch-writer';
import { prepareBatch, type PreparedBatch } from './prepared-batch';
import { openTextSource } from './text-source';

export interface ProducedRejection {
  position: string;
  reason: string;
}

/** What reading a JSON log file yields, batch by batch: everything but the database work. */
export type Produced =
  | { type: 'batch'; batch: PreparedBatch; rejections: ProducedRejection[]; position: string | null; bytesRead: number }
  | { type: 'end'; format: string; rejections: ProducedRejection[]; position: string | null; bytesRead: number; /** Read in a worker thread. */ worker: boolean };

/**
 * Reads a JSON log file (portal array, Graph pages, JSON lines, Azure Monitor JSON) and prepares its
 * records for the store in batches: parsed, validated, flattened, their JSON compressed. Runs in the
 * import worker, so parsing one batch overlaps with writing the previous one.
 */
export async function* produceJsonBatches(file: string, batchSize: number): AsyncGenerator<Produced> {
  const source = await openTextSource(file);
  try {
    const reader = readJsonRecords(source);
    const name = file.split(/[\\/]/).pop() ?? file;
    let items: Array<{ record: ProvisioningObjectSummary; text: string }> = [];
    let rejections: ProducedRejection[] = [];
    let position: string | null = null;
    let azure: boolean | undefined;
    let result = await reader.next();
    while (!result.done) {
      const candidate = result.value;
      position = `${name} ${candidate.position}`;
      if ('error' in candidate) rejections.push({ position: candidate.position, reason: candidate.error });
      else {
        azure ??= typeof candidate.value === 'object' && candidate.value !== null && isAzureMonitorRow(candidate.value as Record<string, unknown>);
        const normalized = normalizeRecord(candidate.value);
        if (!normalized.ok) rejections.push({ position: candidate.position, reason: normalized.reason });
        else items.push({ record: normalized.record, text: storedText(normalized.record, normalized.renamed, candidate.text) });
        if (items.length >= batchSize) {
          yield { type: 'batch', batch: prepareBatch(items), rejections, position, bytesRead: source.bytesRead() };
          items = [];
          rejections = [];
        }
      }
      result = await reader.next();
    }
    if (items.length > 0) yield { type: 'batch', batch: prepareBatch(items), rejections, position, bytesRead: source.bytesRead() };
    yield { type: 'end', format: result.value + (azure ? ' (AADProvisioningLogs)' : ''), rejections: items.length > 0 ? [] : rejections, position, bytesRead: source.bytesRead(), worker: !isMainThread };
  } finally {
    source.close();
  }
}
