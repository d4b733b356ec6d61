import type { ReportInput } from './report-model';

const HEADER = ['severity', 'ruleId', 'title', 'objectMapping', 'targetAttributeName', 'mappingIndex', 'message', 'fixHint'] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula-leading characters neutralised. */
function field(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per finding, for spreadsheets. */
export function renderCsv({ audit }: ReportInput): string {
  const rows = [HEADER.join(','), ...audit.findings.map((f) => HEADER.map((key) => field(f[key])).join(','))];
  return rows.join('\r\n') + '\r\n';
}
