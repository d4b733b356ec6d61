import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { produceJsonBatches, type Produced } from './json-batch-producer';
import type { WorkerMessage, WorkerRequest } from './json-import-protocol';
import { pwbEnvironment } from '../config';

/**
 * Yields a JSON log file's prepared batches. Parsing runs in a worker thread, so it overlaps with the
 * caller writing the previous batch; where no worker can start (or PWB_IMPORT_WORKER=0) the same
 * producer runs in this thread. Stopping the iteration early stops the worker.
 */
export async function* jsonBatches(file: string, batchSize: number): AsyncGenerator<Produced> {
  const worker = !pwbEnvironment().importWorker ? null : startWorker({ file, batchSize });
  if (!worker) {
    yield* produceJsonBatches(file, batchSize);
    return;
  }
  const queue: WorkerMessage[] = [];
  let failure: Error | null = null;
  let exited = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: WorkerMessage) => {
    queue.push(message);
    notify();
  });
  worker.on('error', (error) => {
    failure = error;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  let received = 0;
  try {
    for (;;) {
      while (queue.length === 0 && !failure && !exited) await new Promise<void>((resolve) => (wake = resolve));
      const message = queue.shift();
      if (!message) {
        // A worker that could not even load its code: read the file here instead.
        if (received === 0 && failure) {
          yield* produceJsonBatches(file, batchSize);
          return;
        }
        throw failure ?? new Error('The import worker stopped before the end of the file.');
      }
      received += 1;
      if (message.type === 'error') throw message.code ? new AppError(message.code, message.message) : new Error(message.message);
      yield message;
      if (message.type === 'end') return;
      worker.postMessage('ack');
    }
  } finally {
    if (!exited) await worker.terminate();
  }
}

/**
 * A larger young generation: parsing allocates ~100 short-lived objects per record. 96 MB, not the
 * 192 that made the repeated-records million ~5 % faster: on diverse records the writer, not this
 * thread, sets the pace, and the import must stay under 1 GB (192 MB: 1,019 MB peak on a diverse million).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 };

function startWorker(request: WorkerRequest): Worker | null {
  try {
    const entry = workerEntry(import.meta.url);
    if (entry.endsWith('.ts')) {
      // Running from source (tests, tsx): Node 20 applies `--import` hooks too late for a worker's own
      // entry file, so a small script registers tsx inside the worker first and then loads the entry.
      const api = JSON.stringify(tsxEsmApi());
      const url = JSON.stringify(pathToFileURL(entry).href);
      return new Worker(`import(${api}).then(({ register }) => { register(); return import(${url}); });`, { eval: true, workerData: request, resourceLimits: WORKER_LIMITS });
    }
    return new Worker(entry, { workerData: request, resourceLimits: WORKER_LIMITS });
  } catch {
    return null;
  }
}

/**
 * The worker's file: always `json-import-worker` beside the module that starts it, with that module's
 * own extension — the TypeScript source next to this file, `out/cli/json-import-worker.mjs` next to
 * the CLI bundle, `out/main/json-import-worker.cjs` next to the Electron main bundle. Node cannot read
 * a worker script from inside an asar archive, so a packaged one is loaded from app.asar.unpacked.
 */
export function workerEntry(moduleUrl: string): string {
  const self = fileURLToPath(moduleUrl);
  const entry = path.join(path.dirname(self), `json-import-worker${path.extname(self)}`);
  return entry.replace(`${path.sep}app.asar${path.sep}`, `${path.sep}app.asar.unpacked${path.sep}`);
}

/** The file URL of tsx's ESM API, found through its package.json exports (tsx is a dev dependency). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exports = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href;
}
