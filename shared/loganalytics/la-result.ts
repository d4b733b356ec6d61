import { z } from 'zod';
import type { LogStatsDimension } from '../logs/log-filter';
import type { LogStatsRow, OutcomeCounts } from '../logs/log-dto';

/** A table of the query API's answer: typed columns, rows as arrays in column order. */
export const laTableSchema = z.object({
  name: z.string(),
  columns: z.array(z.object({ name: z.string(), type: z.string() })),
  rows: z.array(z.array(z.unknown())),
});
export type LaTable = z.infer<typeof laTableSchema>;

/** The service's error object: `PartialError` beside tables, or the whole answer of a 4xx/5xx. */
export const laErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.object({ code: z.string().optional(), message: z.string().optional() }).loose()).optional(),
  innererror: z.unknown().optional(),
}).loose();
export type LaError = z.infer<typeof laErrorSchema>;

/** POST /v1/workspaces/{id}/query answers 200 with tables, and with an error when the result is partial. */
export const laQueryResponseSchema = z.object({ tables: z.array(laTableSchema), error: laErrorSchema.optional() }).loose();
export type LaQueryResponse = z.infer<typeof laQueryResponseSchema>;

/** Each row as an object keyed by column name (long and real cells may arrive as numbers or strings). */
export function tableObjects(table: LaTable): Array<Record<string, unknown>> {
  return table.rows.map((row) => {
    const out: Record<string, unknown> = {};
    table.columns.forEach((column, i) => {
      const cell = row[i];
      out[column.name] = (column.type === 'long' || column.type === 'int' || column.type === 'real') && typeof cell === 'string' && cell !== '' ? Number(cell) : cell;
    });
    return out;
  });
}

const count = (value: unknown): number => (typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : 0);
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** A summary table as the store's stats rows: an empty key is null, a day bin its UTC date. */
export function statsRows(table: LaTable, by: LogStatsDimension): LogStatsRow[] {
  return tableObjects(table).map((row) => {
    let key = text(row.Key);
    let label = text(row.Label);
    if (by === 'day' && key) {
      key = new Date(Date.parse(key)).toISOString().slice(0, 10);
      label = key;
    }
    return { key, label, total: count(row.Total), success: count(row.Success), failure: count(row.Failure), skipped: count(row.Skipped), warning: count(row.Warning) };
  });
}

/** The single row of countsQuery; zeros when the service sent no row. */
export function countsRow(table: LaTable | undefined): OutcomeCounts {
  const row = table ? tableObjects(table)[0] : undefined;
  return { total: count(row?.Total), success: count(row?.Success), failure: count(row?.Failure), skipped: count(row?.Skipped), warning: count(row?.Warning) };
}

/** planQuery's bins: each bin's start (ISO) and its record count, oldest first. */
export function planBins(table: LaTable): Array<{ start: string; count: number }> {
  return tableObjects(table)
    .filter((row) => typeof row.Bin === 'string' && !Number.isNaN(Date.parse(row.Bin)))
    .map((row) => ({ start: new Date(Date.parse(row.Bin as string)).toISOString(), count: count(row.Count) }))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
