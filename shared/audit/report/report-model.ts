import type { AuditResult } from '../run-audit';
import type { Finding, Severity } from '../types';

/** What every report format shows: the audit plus when and for which job it ran. */
export interface ReportInput {
  audit: AuditResult & { jobId?: string | null; templateId?: string | null };
  generatedAt: string;
  tenantName?: string;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function findingLocation(f: Finding): string {
  return [f.objectMapping, f.targetAttributeName].filter(Boolean).join(' › ');
}

export function summaryLine(audit: AuditResult): string {
  const { error, warning, info } = audit.counts;
  return `${error} error(s), ${warning} warning(s), ${info} info`;
}
