import type { Severity } from '../types';
import { findingLocation, SEVERITY_LABEL, summaryLine, type ReportInput } from './report-model';

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const COLORS: Record<Severity, string> = { error: '#a4262c', warning: '#8a5300', info: '#005a9e' };

const STYLE = `
body{font:14px/1.45 "Segoe UI",system-ui,-apple-system,sans-serif;color:#242424;margin:32px auto;max-width:1100px;padding:0 24px}
h1{font-size:24px;font-weight:600;margin:0 0 4px}h2{font-size:18px;font-weight:600;margin:28px 0 8px}
.meta{color:#616161;margin:0 0 16px}.meta span{margin-right:16px}
.summary{display:flex;gap:12px;margin:16px 0}.pill{border:1px solid #d1d1d1;border-radius:4px;padding:6px 12px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e0e0e0;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f5f5f5;font-weight:600}code{font-family:Consolas,"Cascadia Mono",monospace;font-size:12px}
.sev{font-weight:600;white-space:nowrap}.hint{color:#424242}
@media print{body{margin:0;max-width:none}tr{break-inside:avoid}th{background:#eee !important;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

/** A self-contained, printable HTML page (inline CSS, no scripts, no external resources). */
export function renderHtml({ audit, generatedAt, tenantName }: ReportInput): string {
  const rows = audit.findings
    .map(
      (f) =>
        `<tr><td class="sev" style="color:${COLORS[f.severity]}">${SEVERITY_LABEL[f.severity]}</td><td><code>${escape(f.ruleId)}</code></td><td>${escape(findingLocation(f))}</td><td>${escape(f.message)}</td><td class="hint">${escape(f.fixHint)}</td></tr>`,
    )
    .join('\n');
  const mappings = audit.objectMappings
    .map((o) => `<tr><td>${escape(o.name)}</td><td>${escape(o.sourceObjectName)} → ${escape(o.targetObjectName)}</td><td>${o.enabled ? 'yes' : 'no'}</td><td>${o.mappingCount}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Mapping audit: ${escape(audit.appName)}</title><style>${STYLE}</style></head>
<body>
<h1>Mapping audit: ${escape(audit.appName)}</h1>
<p class="meta"><span>Generated ${escape(generatedAt)}</span>${tenantName ? `<span>Tenant ${escape(tenantName)}</span>` : ''}<span>Vendor profile ${escape(audit.profileId ?? 'none')}</span>${audit.jobId ? `<span>Job ${escape(audit.jobId)}</span>` : ''}</p>
<div class="summary"><div class="pill" style="color:${COLORS.error}">${audit.counts.error} error(s)</div><div class="pill" style="color:${COLORS.warning}">${audit.counts.warning} warning(s)</div><div class="pill" style="color:${COLORS.info}">${audit.counts.info} info</div></div>
<h2>Object mappings</h2>
<table><thead><tr><th>Object mapping</th><th>Source → target</th><th>Enabled</th><th>Attribute mappings</th></tr></thead><tbody>
${mappings}
</tbody></table>
<h2>Findings</h2>
${audit.findings.length ? `<table><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding</th><th>How to fix</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : '<p>No findings.</p>'}
<p class="meta">${escape(summaryLine(audit))} · Provisioning Workbench</p>
</body></html>
`;
}
