import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { LogDetail } from '../../../shared/logs/log-dto';
import type { LogFilter, LogSort } from '../../../shared/logs/log-filter';
import type { LogOrigin } from '../../../shared/logs/log-row';
import type { WorkspaceDb } from '../db/workspace-db';
import { LogBatchWriter, type IngestCounts } from '../db/log-store';
import { writeExport } from './log-export';
import { importLogFiles, type ImportOptions } from './log-file-import';
import { pullLogs, type PullOptions } from './log-pull';
import type { GraphClient } from '../graph/graph-client';

/** Most rows one UI export returns in memory; the CLI streams any number. */
export const MAX_UI_EXPORT_ROWS = 200_000;

/** The provisioning-log feature of the core: what IPC handlers, the CLI and other features call. */
export class LogsService {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly workspace: WorkspaceDb) {}

  get reads() {
    return this.workspace.logReads;
  }

  detail(id: string): LogDetail {
    const detail = this.workspace.logReads.detail(id);
    if (!detail) throw new AppError('NOT_FOUND', `No provisioning-log record with id ${id} is stored.`);
    return detail;
  }

  importFiles(files: readonly string[], options: ImportOptions = {}) {
    return importLogFiles(this.workspace, files, options);
  }

  /** Imports file contents sent by the UI: written to a private temp folder, then streamed like any file. */
  async importTexts(taskId: string, files: ReadonlyArray<{ fileName: string; text: string }>, onProgress: ImportOptions['onProgress']) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-logs-'));
    const controller = new AbortController();
    this.running.set(taskId, controller);
    try {
      const paths = files.map(({ fileName, text }, i) => {
        const file = path.join(dir, `${i}-${path.basename(fileName).replace(/[^\w.-]/g, '_')}`);
        fs.writeFileSync(file, text, { mode: 0o600 });
        return file;
      });
      const summary = await importLogFiles(this.workspace, paths, { signal: controller.signal, ...(onProgress ? { onProgress } : {}) });
      const names = new Map(paths.map((p, i) => [p, files[i]!.fileName]));
      return {
        ...summary,
        files: summary.files.map((f) => ({ ...f, file: names.get(f.file) ?? f.file })),
        rejections: summary.rejections.map((r) => ({ ...r, file: names.get(r.file) ?? r.file })),
      };
    } catch (error) {
      // Name the admin's file, not the temp copy.
      if (error instanceof AppError) {
        let message = error.message;
        files.forEach(({ fileName }, i) => (message = message.split(path.join(dir, `${i}-`)).join('').replace(`${path.basename(fileName).replace(/[^\w.-]/g, '_')}`, fileName)));
        throw new AppError(error.code, message, error.details);
      }
      throw error;
    } finally {
      this.running.delete(taskId);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Imports files by path, streamed from disk (the desktop app's dialog or drop); cancellable through `cancel(taskId)`. */
  async importPaths(taskId: string, files: readonly string[], onProgress: ImportOptions['onProgress']) {
    const controller = new AbortController();
    this.running.set(taskId, controller);
    try {
      return await importLogFiles(this.workspace, files, { signal: controller.signal, ...(onProgress ? { onProgress } : {}) });
    } finally {
      this.running.delete(taskId);
    }
  }

  /** Pulls /auditLogs/provisioning with the given client; cancellable through `cancel(taskId)`. */
  async pull(taskId: string, client: GraphClient, options: Omit<PullOptions, 'signal'>) {
    const controller = new AbortController();
    this.running.set(taskId, controller);
    try {
      return await pullLogs(this.workspace, client, { ...options, signal: controller.signal });
    } finally {
      this.running.delete(taskId);
    }
  }

  cancel(taskId: string): boolean {
    const controller = this.running.get(taskId);
    controller?.abort();
    return controller !== undefined;
  }

  /** Records written directly by another feature (the trial-sync engine, a Graph pull). */
  addRecords(records: Iterable<unknown>, origin: LogOrigin, source: string = origin): IngestCounts & { rejections: LogBatchWriter['rejections'] } {
    const writer = new LogBatchWriter(this.workspace, origin);
    let index = 0;
    for (const record of records) writer.add(record, source, `record ${++index}`);
    writer.flush();
    return { ...writer.counts, rejections: writer.rejections };
  }

  /**
   * Writes the whole view to a file in 1 MB pieces (no row cap; memory stays flat); returns the rows
   * written. Synchronous on purpose: the workspace connection cannot serve other requests while a
   * row iterator is open.
   */
  exportToFile(file: string, filter: LogFilter, sort: LogSort, format: 'csv' | 'json'): number {
    const fd = fs.openSync(file, 'w', 0o600);
    let pending = '';
    try {
      const rows = writeExport(this.workspace.logReads.iterate(filter, sort), format, (text) => {
        pending += text;
        if (pending.length < 1 << 20) return;
        fs.writeSync(fd, pending);
        pending = '';
      });
      fs.writeSync(fd, pending);
      return rows;
    } finally {
      fs.closeSync(fd);
    }
  }

  exportText(filter: LogFilter, sort: LogSort, format: 'csv' | 'json') {
    const parts: string[] = [];
    const rows = writeExport(this.workspace.logReads.iterate(filter, sort, MAX_UI_EXPORT_ROWS + 1), format, (text) => parts.push(text));
    const truncated = rows > MAX_UI_EXPORT_ROWS;
    let text = parts.join('');
    if (truncated) {
      // One row too many was read to know the view is larger; re-run within the cap.
      const capped: string[] = [];
      writeExport(this.workspace.logReads.iterate(filter, sort, MAX_UI_EXPORT_ROWS), format, (t) => capped.push(t));
      text = capped.join('');
    }
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    return { fileName: `provisioning-logs-${stamp}.${format}`, text, rows: Math.min(rows, MAX_UI_EXPORT_ROWS), truncated };
  }
}
