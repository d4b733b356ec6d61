import { findingLocation, SEVERITY_LABEL, summaryLine, type ReportInput } from './report-model';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The audit as Markdown: a summary, the object mappings, then one table row per finding. */
export function renderMarkdown({ audit, generatedAt, tenantName }: ReportInput): string {
  const lines = [
    `# Mapping audit: ${audit.appName}`,
    '',
    `- Generated: ${generatedAt}`,
    ...(tenantName ? [`- Tenant: ${tenantName}`] : []),
    `- Vendor profile: ${audit.profileId ?? 'none'}`,
    ...(audit.jobId ? [`- Job: ${audit.jobId}${audit.templateId ? ` (template ${audit.templateId})` : ''}`] : []),
    `- Result: **${summaryLine(audit)}**`,
    '',
    '## Object mappings',
    '',
    '| Object mapping | Source → target | Enabled | Attribute mappings |',
    '|---|---|---|---|',
    ...audit.objectMappings.map((o) => `| ${cell(o.name)} | ${cell(o.sourceObjectName)} → ${cell(o.targetObjectName)} | ${o.enabled ? 'yes' : 'no'} | ${o.mappingCount} |`),
    '',
    '## Findings',
    '',
  ];
  if (audit.findings.length === 0) lines.push('No findings.');
  else {
    lines.push('| Severity | Rule | Where | Finding | How to fix |', '|---|---|---|---|---|');
    for (const f of audit.findings) lines.push(`| ${SEVERITY_LABEL[f.severity]} | \`${f.ruleId}\` | ${cell(findingLocation(f))} | ${cell(f.message)} | ${cell(f.fixHint)} |`);
  }
  return lines.join('\n') + '\n';
}
