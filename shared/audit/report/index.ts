import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { ReportInput } from './report-model';

export type ReportFormat = 'markdown' | 'csv' | 'html';
export type { ReportInput } from './report-model';
export { renderCsv, renderHtml, renderMarkdown };

export const REPORT_FILE_EXTENSION: Record<ReportFormat, string> = { markdown: 'md', csv: 'csv', html: 'html' };
export const REPORT_MIME_TYPE: Record<ReportFormat, string> = { markdown: 'text/markdown', csv: 'text/csv', html: 'text/html' };

export function renderReport(format: ReportFormat, input: ReportInput): string {
  return format === 'markdown' ? renderMarkdown(input) : format === 'csv' ? renderCsv(input) : renderHtml(input);
}
