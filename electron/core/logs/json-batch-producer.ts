import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { isAzureMonitorRow, normalizeRecord } from '../../../shared/logs/normalize-record';
import { readJsonRecords } from './json-log-reader';
import { storedJson } from '../db/log-store/log-json-blocks';
import { BatchBuilder, type PreparedBatch } from '../db/log-store/prepared-batch';
import { openTextSource } from './text-source';

export interface ProducedRejection {
  position: string;
  reason: string;
}

/** What reading a JSON log file yields, batch by batch: everything but the database work. */
export type Produced =
  | { type: 'batch'; batch: PreparedBatch; rejections: ProducedRejection[]; position: string | null; bytesRead: number }
  | { type: 'end'; format: string; rejections: ProducedRejection[]; position: string | null; bytesRead: number; /** Read in a worker thread. */ worker: boolean };

/** The first batch is small, so the writer starts at once instead of waiting for a whole batch. */
const FIRST_BATCH = 2000;

/**
 * Reads a JSON log file (portal array, Graph pages, JSON lines, Azure Monitor JSON) and prepares its
 * records for the store in batches: parsed, validated, flattened, their JSON compressed. Runs in the
 * import worker, so parsing one batch overlaps with writing the previous one.
 */
export async function* produceJsonBatches(file: string, batchSize: number): AsyncGenerator<Produced> {
  const source = await openTextSource(file);
  try {
    const reader = readJsonRecords(source);
    const name = path.basename(file);
    const builder = new BatchBuilder();
    let rejections: ProducedRejection[] = [];
    let batches = 0;
    let latest: string | null = null;
    const position = () => (latest === null ? null : `${name} ${latest}`);
    let azure: boolean | undefined;
    let result = await reader.next();
    while (!result.done) {
      for (const candidate of result.value) {
        latest = candidate.position;
        if ('error' in candidate) {
          rejections.push({ position: candidate.position, reason: candidate.error });
          continue;
        }
        azure ??= typeof candidate.value === 'object' && candidate.value !== null && isAzureMonitorRow(candidate.value as Record<string, unknown>);
        const normalized = normalizeRecord(candidate.value);
        if (!normalized.ok) rejections.push({ position: candidate.position, reason: normalized.reason });
        else builder.add(normalized.record, storedJson(normalized.record, normalized.renamed, candidate.bytes));
        if (builder.size >= (batches === 0 ? Math.min(batchSize, FIRST_BATCH) : batchSize)) {
          yield { type: 'batch', batch: builder.take(), rejections, position: position(), bytesRead: source.bytesRead() };
          rejections = [];
          batches += 1;
        }
      }
      result = await reader.next();
    }
    const last = builder.size > 0;
    if (last) yield { type: 'batch', batch: builder.take(), rejections, position: position(), bytesRead: source.bytesRead() };
    yield { type: 'end', format: result.value + (azure ? ' (AADProvisioningLogs)' : ''), rejections: last ? [] : rejections, position: position(), bytesRead: source.bytesRead(), worker: !isMainThread };
  } finally {
    source.close();
  }
}
