import type { ForecastSummary } from '../../../shared/ipc/contracts/forecast';
import type { ForecastRow } from '../../../shared/sync/forecast-types';

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const html = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function totalsLines(summary: ForecastSummary): string[] {
  const t = summary.totals;
  const byCode = Object.entries(t.byErrorCode).sort((a, b) => b[1] - a[1]);
  const byFinding = Object.entries(t.byFinding).sort((a, b) => b[1] - a[1]);
  return [
    `First-cycle forecast for ${summary.app.displayName} against ${summary.target.name}${summary.dryRun ? ' (GETs only)' : ''}${summary.cancelled ? ' — CANCELLED, partial' : ''}`,
    `${t.objects} objects (${t.users} users, ${t.groups} groups), ${t.requests} requests, ${Math.round(summary.durationMs)} ms`,
    `Actions:  ${Object.entries(t.byAction).filter(([, n]) => n).map(([a, n]) => `${a} ${n}`).join(', ') || 'none'}`,
    `Outcomes: ${Object.entries(t.byLogStatus).map(([s, n]) => `${s} ${n}`).join(', ')}`,
    ...(byCode.length ? [`Codes:    ${byCode.map(([c, n]) => `${c} ${n}`).join(', ')}`] : []),
    ...(byFinding.length ? [`Findings: ${byFinding.map(([c, n]) => `${c} ${n}`).join(', ')}`] : []),
    `Reference failures: ${t.referenceFailures}`,
    `Quarantine: ${summary.quarantine.message}`,
    ...summary.notes.map((n) => `Note: ${n}`),
  ];
}

export function renderText(summary: ForecastSummary, rows: readonly ForecastRow[], all: boolean): string {
  const shown = all ? rows : rows.filter((r) => r.logStatus !== 'Success');
  const lines = [...totalsLines(summary), ''];
  if (!all && shown.length < rows.length) lines.push(`Objects that fail, are skipped or carry a warning (${shown.length} of ${rows.length}; --all lists every one):`);
  for (const r of shown) {
    lines.push(`${r.logStatus.padEnd(8)} ${r.kind.padEnd(5)} ${r.action.padEnd(7)} ${r.reportable}${r.errorCode ? `  [${r.errorCode}]` : ''}  (${r.assignedVia})`);
    lines.push(`         ${r.verdict}`);
    for (const f of r.findings) if (f.code !== r.errorCode) lines.push(`         ${f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : '·'} ${f.code}: ${f.message}`);
  }
  return lines.join('\n');
}

export function renderCsv(rows: readonly ForecastRow[]): string {
  const header = ['kind', 'id', 'reportable', 'displayName', 'assignedVia', 'action', 'logStatus', 'errorCode', 'matchingAttribute', 'matchingValue', 'findings', 'referenceFailures', 'verdict'];
  const lines = [header.join(',')];
  for (const r of rows) {
    lines.push(
      [r.kind, r.id, r.reportable, r.displayName, r.assignedVia, r.action, r.logStatus, r.errorCode ?? '', r.matching?.attribute ?? '', r.matching?.value ?? '', r.findings.map((f) => f.code).join(' '), String(r.referenceFailures), r.verdict]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\n');
}

export function renderHtml(summary: ForecastSummary, rows: readonly ForecastRow[]): string {
  const body = rows
    .map(
      (r) =>
        `<tr class="${r.logStatus.toLowerCase()}"><td>${r.kind}</td><td>${html(r.reportable)}</td><td>${html(r.assignedVia)}</td><td>${r.action}</td><td>${r.logStatus}</td><td>${html(r.errorCode ?? '')}</td><td>${html(r.verdict)}${r.findings.map((f) => `<div class="f">${html(f.code)}: ${html(f.message)}</div>`).join('')}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forecast: ${html(summary.app.displayName)}</title>
<style>body{font:14px system-ui,sans-serif;margin:24px}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}tr.failure td{background:#fdecea}tr.warning td{background:#fff8e1}.f{color:#555;font-size:12px}</style></head>
<body><h1>First-cycle forecast: ${html(summary.app.displayName)}</h1><pre>${html(totalsLines(summary).join('\n'))}</pre>
<table><thead><tr><th>Kind</th><th>Object</th><th>Assigned</th><th>Action</th><th>Outcome</th><th>Code</th><th>Verdict and findings</th></tr></thead><tbody>
${body}
</tbody></table></body></html>`;
}
