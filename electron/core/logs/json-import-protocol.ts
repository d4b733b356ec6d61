import type { ErrorCode } from '../../../shared/errors';
import type { Produced } from './json-batch-producer';

/** What the import worker is asked to read. */
export interface WorkerRequest {
  file: string;
  batchSize: number;
}

/** Batches the worker may prepare ahead of the writer: enough to overlap, few enough to bound memory. */
export const AHEAD = 2;

export type WorkerMessage = Produced | { type: 'error'; code: ErrorCode | null; message: string };
