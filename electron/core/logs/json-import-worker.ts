// The JSON import's worker thread: reads, parses and compresses batches while the main thread writes.
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../../shared/errors';
import { produceJsonBatches } from './json-batch-producer';
import { AHEAD, type WorkerMessage, type WorkerRequest } from './json-import-protocol';

async function run(): Promise<void> {
  const port = parentPort!;
  const { file, batchSize } = workerData as WorkerRequest;
  let credits = AHEAD;
  let wake: (() => void) | undefined;
  port.on('message', () => {
    credits += 1;
    wake?.();
  });
  try {
    for await (const message of produceJsonBatches(file, batchSize)) {
      while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
      credits -= 1;
      // Copied, not transferred: small Buffers share Node's pool, which must stay usable here.
      port.postMessage(message satisfies WorkerMessage);
    }
  } catch (error) {
    const failure: WorkerMessage = isAppError(error)
      ? { type: 'error', code: error.code, message: error.message }
      : { type: 'error', code: null, message: error instanceof Error ? error.message : String(error) };
    port.postMessage(failure);
  }
  // Nothing more to send: let the thread end even though the port still listens.
  port.unref();
}

void run();
