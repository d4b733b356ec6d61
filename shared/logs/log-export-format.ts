import type { LogListItem } from './log-dto';

/** RFC 4180 cell: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: readonly unknown[]): string => values.map(csvCell).join(',') + '\r\n';

/** The export's columns: the portal's defaults first, then the rest of what the grid can show. */
export const EXPORT_COLUMNS: ReadonlyArray<[keyof LogListItem, string]> = [
  ['activityDateTime', 'Date (UTC)'],
  ['id', 'Id'],
  ['sourceName', 'Source Identity Name'],
  ['sourceId', 'Source Identity Id'],
  ['sourceType', 'Identity Type'],
  ['action', 'Action'],
  ['sourceSystem', 'Source System'],
  ['targetSystem', 'Target System'],
  ['status', 'Status'],
  ['targetName', 'Target Identity Name'],
  ['targetId', 'Target Identity Id'],
  ['appName', 'Application'],
  ['servicePrincipalId', 'Service Principal Id'],
  ['jobId', 'Job Id'],
  ['cycleId', 'Cycle Id'],
  ['changeId', 'Change Id'],
  ['durationMs', 'Duration (ms)'],
  ['errorCode', 'Error Code'],
  ['errorCategory', 'Error Category'],
  ['reason', 'Reason'],
  ['initiatedBy', 'Initiated By'],
  ['origin', 'Origin'],
];

export const csvHeaderLine = (): string => csvLine(EXPORT_COLUMNS.map(([, label]) => label));
export const csvRowLine = (item: LogListItem): string => csvLine(EXPORT_COLUMNS.map(([key]) => item[key]));
