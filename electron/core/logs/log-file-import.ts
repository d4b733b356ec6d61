import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { LogImportSummary } from '../../../shared/logs/log-dto';
import type { LogOrigin } from '../../../shared/logs/log-row';
import type { WorkspaceDb } from '../db/workspace-db';
import { csvHeaders, readCsvRows } from './csv-rows';
import { jsonBatches } from './json-import-pipeline';
import { LogBatchWriter } from '../db/log-store';
import { classifyCsv, type CsvKind } from './portal-csv-columns';
import { CsvJoins } from './csv-joins';
import { csvProperty, csvRecord, csvStep } from './portal-csv-record';
import { notALogFile, openTextSource, type TextSource } from './text-source';

export interface ImportProgress {
  file: string;
  fileIndex: number;
  fileCount: number;
  bytesRead: number;
  bytesTotal: number;
  added: number;
  duplicates: number;
  rejected: number;
}

export interface ImportOptions {
  origin?: LogOrigin;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  batchSize?: number;
  now?: () => Date;
}

/**
 * Records per transaction for files. Each commit flushes the full-text index and writes every
 * index page the batch dirtied: a million-record import took 75 s at 5,000 records and 62–64 s at
 * 20,000. It still reports progress, and can be cancelled, about once a second.
 */
export const FILE_BATCH_SIZE = 20_000;

type Planned = { source: TextSource; kind: 'json' } | { source: TextSource; kind: 'csv'; csv: CsvKind; headers: string[] };

/**
 * Imports provisioning-log files of any accepted format into the workspace, streaming each file.
 * The portal's three CSV files given together are joined on change ID. Returns what was added,
 * what was already there, and what was rejected (with position and reason).
 */
export async function importLogFiles(workspace: WorkspaceDb, files: readonly string[], options: ImportOptions = {}): Promise<LogImportSummary & { cancelled: boolean }> {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? FILE_BATCH_SIZE;
  const writer = new LogBatchWriter(workspace, options.origin ?? 'file', batchSize);
  const planned: Planned[] = [];
  try {
    for (const file of files) planned.push(await plan(file));
  } catch (error) {
    for (const p of planned) p.source.close();
    throw error;
  }
  const run = workspace.logImports.start(files.map((f) => path.basename(f)).join(', '), null, now());
  const formats: Array<{ file: string; format: string }> = [];
  const joins = new CsvJoins();
  let position: string | null = null;
  let current = { file: '', index: 0, bytesTotal: 0, bytesRead: () => 0 };
  const report = () => {
    options.onProgress?.({ file: current.file, fileIndex: current.index, fileCount: planned.length, bytesRead: current.bytesRead(), bytesTotal: current.bytesTotal, ...writer.counts });
  };
  const flushed = () => {
    workspace.logImports.progress(run, { ...writer.counts, position });
    report();
    return options.signal?.aborted ?? false;
  };
  // Steps and modified-property files first, so records can be joined as they stream past.
  const order = [...planned].sort((a, b) => rank(a) - rank(b));
  const lastRecordsCsv = order.findLast((p) => p.kind === 'csv' && p.csv.kind === 'records');
  let cancelled = false;
  const failures: Array<{ file: string; message: string }> = [];
  const endBulk = workspace.logs.bulkMode();
  try {
    for (const [i, item] of order.entries()) {
      const { source } = item;
      current = { file: source.file, index: i + 1, bytesTotal: source.size, bytesRead: () => source.bytesRead() };
      if (cancelled || options.signal?.aborted) {
        cancelled = true;
        source.close();
        continue;
      }
      // Each file is all or nothing: a file that breaks part-way has what it stored removed again.
      writer.beginFile(source.file);
      try {
        if (item.kind === 'json') {
          // The file is read again by the import worker; this handle only told its format.
          source.close();
          let bytesRead = 0;
          current.bytesRead = () => bytesRead;
          let format = 'json';
          for await (const message of jsonBatches(source.file, batchSize)) {
            for (const rejection of message.rejections) writer.reject(source.file, rejection.position, rejection.reason);
            position = message.position ?? position;
            bytesRead = message.bytesRead;
            if (message.type === 'end') {
              format = message.format;
              break;
            }
            writer.write(message.batch);
            if (flushed()) {
              cancelled = true;
              break;
            }
          }
          formats.push({ file: source.file, format });
        } else {
          const csv = item.csv;
          let ordinal = 0;
          for await (const { row, line } of readCsvRows(source)) {
            position = `${path.basename(source.file)} line ${line}`;
            if (csv.kind === 'steps') {
              const { key, step } = csvStep(row, csv.columns, ordinal++);
              if (key) joins.add(key, line, source.file, 'steps', step);
              continue;
            }
            if (csv.kind === 'properties') {
              const { key, property } = csvProperty(row, csv.columns);
              if (key) joins.add(key, line, source.file, 'properties', property);
              continue;
            }
            let value: unknown = row;
            if (csv.kind === 'records') {
              const key = row[csv.columns.fields.changeId ?? ''] || row[csv.columns.fields.id ?? ''] || '';
              value = csvRecord(row, csv.columns, joins.steps(key), joins.properties(key));
            }
            if (writer.add(value, source.file, `line ${line}`) && flushed()) {
              cancelled = true;
              break;
            }
          }
          source.close();
          if (item === lastRecordsCsv && !cancelled) joins.check(source.file);
          formats.push({ file: source.file, format: csvFormatName(csv) });
        }
        writer.flush();
      } catch (error) {
        source.close();
        writer.discardFile();
        if (!(error instanceof AppError) || error.code !== 'BAD_REQUEST') throw error;
        failures.push({ file: source.file, message: error.message });
        flushed();
        continue;
      }
      writer.endFile();
      flushed();
    }
    const summaryFormats = formats.map((f) => f.format).join(', ');
    workspace.logImports.finish(run, cancelled ? 'cancelled' : failures.length > 0 ? 'failed' : 'done', { ...writer.counts, position }, now(), summaryFormats);
  } catch (error) {
    for (const p of planned) p.source.close();
    workspace.logImports.finish(run, 'failed', { ...writer.counts, position }, now());
    throw error;
  } finally {
    endBulk();
  }
  if (failures.length > 0) {
    const kept = writer.counts.added > 0 ? ` From the other files, ${writer.counts.added} record(s) were added.` : '';
    throw new AppError('BAD_REQUEST', `${failures.map((f) => f.message).join('\n')}\nNothing from ${failures.length === 1 ? 'that file' : 'those files'} was imported.${kept}`);
  }
  const hasRecords = planned.some((p) => p.kind === 'json' || (p.csv.kind !== 'steps' && p.csv.kind !== 'properties'));
  if (!hasRecords) {
    throw new AppError('BAD_REQUEST', 'Only the steps or modified-properties CSV was given: import it together with the portal\'s main provisioning-logs CSV, which they are joined to on change ID.');
  }
  return { files: formats, ...writer.counts, rejections: writer.rejections, cancelled };
}

const rank = (p: Planned) => (p.kind === 'csv' && (p.csv.kind === 'steps' || p.csv.kind === 'properties') ? 0 : 1);

function csvFormatName(csv: CsvKind): string {
  switch (csv.kind) {
    case 'records':
      return 'portal CSV';
    case 'steps':
      return 'portal CSV (steps)';
    case 'properties':
      return 'portal CSV (modified properties)';
    case 'azure-monitor':
      return 'AADProvisioningLogs CSV';
    case 'unknown':
      return 'unknown';
  }
}

async function plan(file: string): Promise<Planned> {
  const source = await openTextSource(file);
  const start = source.head.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return { source, kind: 'json' };
  const headers = csvHeaders(start);
  if (!headers) {
    source.close();
    const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
    throw notALogFile(file, start === '' ? 'an empty file' : `a text file that is neither JSON nor CSV (it starts "${firstLine.slice(0, 60)}")`);
  }
  const csv = classifyCsv(headers);
  if (csv.kind === 'unknown') {
    source.close();
    throw notALogFile(file, csv.reason);
  }
  return { source, kind: 'csv', csv, headers };
}
