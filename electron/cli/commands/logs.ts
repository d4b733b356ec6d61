import { parseArgs } from 'node:util';
import { LOG_SORT_COLUMNS, LOG_STATS_DIMENSIONS, type LogSort, type LogSortColumn, type LogStatsDimension } from '../../../shared/logs/log-filter';
import { explainErrorCode } from '../../../shared/logs/error-explanations';
import { writeExport } from '../../core/logs/log-export';
import { LogsService } from '../../core/logs/logs-service';
import { UsageError, type CliIO } from '../cli-context';
import { LOGS_HELP } from '../help';
import { FILTER_OPTIONS, filterFromArgs, STORE_OPTIONS } from './logs-args';
import { openLogStore } from './log-store';
import { progressBar, queryTable, statsTable } from './logs-output';

export async function logsCommand(args: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'import') return importCommand(rest, io);
  if (verb === 'query') return queryCommand(rest, io);
  if (verb === 'stats') return statsCommand(rest, io);
  if (verb === 'show') return showCommand(rest, io);
  if (verb === 'pull') return (await import('./logs-pull')).pullCommand(rest, io);
  if (verb === 'analytics' || verb === 'la') return (await import('./logs-analytics')).logsAnalyticsCommand(rest, io);
  if (verb === undefined || verb === '--help' || verb === '-h') return io.out(LOGS_HELP), 0;
  throw new UsageError(`unknown logs command "${verb}" (expected import, pull, query, stats or show).`);
}

/** The store: --db FILE names a workspace file directly; otherwise the workspace of --data-dir. */
async function withStore<T>(values: { db?: string | undefined; 'data-dir'?: string | undefined }, io: CliIO, fn: (service: LogsService) => Promise<T> | T): Promise<T> {
  const workspace = openLogStore(values, io);
  try {
    return await fn(new LogsService(workspace));
  } finally {
    workspace.close();
  }
}

async function importCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...STORE_OPTIONS, json: { type: 'boolean' } } });
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE.');
  const tty = io.isTTY && Boolean(process.stderr.isTTY);
  const started = performance.now();
  const summary = await withStore(values, io, (service) => {
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    let last = 0;
    return service
      .importFiles(positionals, {
        signal: controller.signal,
        onProgress: (p) => {
          const now = performance.now();
          if (!tty || now - last < 100) return;
          last = now;
          const name = p.file.split(/[\\/]/).pop() ?? p.file;
          process.stderr.write(progressBar(p.bytesRead, p.bytesTotal, `${name} (${p.fileIndex}/${p.fileCount}) ${p.added.toLocaleString('en-US')} added, ${p.duplicates} dup, ${p.rejected} rejected   `));
        },
      })
      .finally(() => process.off('SIGINT', stop));
  });
  if (tty) process.stderr.write('\n');
  if (values.json) {
    io.out(JSON.stringify(summary, null, 2));
  } else {
    for (const f of summary.files) io.out(`${f.file}: ${f.format}`);
    const seconds = (performance.now() - started) / 1000;
    io.out(`${summary.cancelled ? 'Cancelled after' : 'Imported'} ${summary.added.toLocaleString('en-US')} new record(s), ${summary.duplicates.toLocaleString('en-US')} already stored, ${summary.rejected} rejected (${seconds.toFixed(1)} s).`);
    for (const r of summary.rejections.slice(0, 20)) io.err(`  rejected ${r.file} ${r.position}: ${r.reason}`);
    if (summary.rejected > 20) io.err(`  … and ${summary.rejected - 20} more rejected`);
    if (summary.cancelled) io.err('Run the same command again to import the rest: records already stored are skipped.');
  }
  return summary.cancelled ? 1 : summary.added + summary.duplicates === 0 && summary.rejected > 0 ? 1 : 0;
}

function parseSort(value: string | undefined, asc: boolean | undefined): LogSort {
  const column = (value ?? 'activityDateTime') as LogSortColumn;
  if (!LOG_SORT_COLUMNS.includes(column)) throw new UsageError(`--sort must be one of ${LOG_SORT_COLUMNS.join(', ')}.`);
  return { column, direction: asc ? 'asc' : 'desc' };
}

async function queryCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...FILTER_OPTIONS, ...STORE_OPTIONS, limit: { type: 'string' }, format: { type: 'string' }, sort: { type: 'string' }, asc: { type: 'boolean' } },
  });
  if (positionals.length > 0) throw new UsageError(`query takes no FILE (unexpected "${positionals[0]}").`);
  const format = values.format ?? 'table';
  if (!['table', 'json', 'csv'].includes(format)) throw new UsageError('--format must be table, json or csv.');
  const limit = values.limit === undefined ? (format === 'table' ? 50 : undefined) : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError('--limit must be a positive whole number.');
  const filter = filterFromArgs(values, new Date());
  const sort = parseSort(values.sort, values.asc);
  return withStore(values, io, (service) => {
    const rows = service.reads.iterate(filter, sort, limit);
    if (format === 'table') {
      const items = [...rows];
      const total = service.reads.counts(filter).total;
      io.out(items.length === 0 ? 'No records match.' : queryTable(items));
      io.err(`${items.length} of ${total.toLocaleString('en-US')} matching record(s) shown.`);
      return 0;
    }
    let buffer = '';
    writeExport(rows, format as 'csv' | 'json', (text) => {
      buffer += text;
      if (buffer.length > 1 << 16) {
        io.out(buffer.endsWith('\n') ? buffer.slice(0, -1) : buffer);
        buffer = '';
      }
    });
    if (buffer) io.out(buffer.endsWith('\n') ? buffer.slice(0, -1) : buffer);
    return 0;
  });
}

async function statsCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...FILTER_OPTIONS, ...STORE_OPTIONS, by: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' } } });
  if (positionals.length > 0) throw new UsageError(`stats takes no FILE (unexpected "${positionals[0]}").`);
  const by = values.by as LogStatsDimension | undefined;
  if (!by || !LOG_STATS_DIMENSIONS.includes(by)) throw new UsageError(`stats needs --by ${LOG_STATS_DIMENSIONS.join('|')}.`);
  const format = values.format ?? 'table';
  if (!['table', 'json'].includes(format)) throw new UsageError('--format must be table or json.');
  const limit = values.limit === undefined ? 1000 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number.');
  const filter = filterFromArgs(values, new Date());
  return withStore(values, io, (service) => {
    const rows = service.reads.stats(filter, by, limit);
    if (format === 'json') io.out(JSON.stringify(by === 'errorCode' ? rows.map((r) => ({ ...r, explanation: explainErrorCode(r.key) ?? null })) : rows, null, 2));
    else io.out(rows.length === 0 ? 'No records match.' : statsTable(by, rows));
    return 0;
  });
}

async function showCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...STORE_OPTIONS, json: { type: 'boolean' } } });
  if (positionals.length !== 1) throw new UsageError('show takes exactly one record ID.');
  return withStore(values, io, (service) => {
    const detail = service.detail(positionals[0]!);
    if (values.json) return io.out(detail.json), 0;
    const { item } = detail;
    io.out(`${item.activityDateTime}  ${item.action} ${item.sourceType ?? ''} '${item.sourceName ?? item.sourceId ?? ''}' → ${item.targetSystem ?? item.appName ?? ''}: ${item.status}`);
    io.out(`Change ID ${item.changeId ?? '-'}  Cycle ${item.cycleId ?? '-'}  Job ${item.jobId ?? '-'}`);
    if (item.errorCode) {
      const explanation = explainErrorCode(item.errorCode);
      io.out(`\nError ${item.errorCode}: ${item.reason ?? ''}`);
      if (explanation) io.out(`What it means: ${explanation.cause}\nWhat to try: ${explanation.fix}`);
    }
    io.out('\nSteps:');
    detail.steps.forEach((s, i) => io.out(`  ${i + 1}. [${s.status}] ${s.stepType}: ${s.description ?? s.name}`));
    if (detail.modifiedProperties.length > 0) {
      io.out('\nModified properties:');
      for (const p of detail.modifiedProperties) io.out(`  ${p.name}: ${p.oldValue ?? '(none)'} → ${p.newValue ?? '(none)'}`);
    }
    return 0;
  });
}
