import type { LogListItem, LogStatsRow } from '../../../shared/logs/log-dto';
import { explainErrorCode } from '../../../shared/logs/error-explanations';

/** A plain text table: columns padded to their widest cell (capped), no colours. */
export function textTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, maxWidth = 40): string {
  const cut = (s: string) => (s.length > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s);
  const cells = [headers, ...rows].map((r) => r.map((c) => cut(c.replace(/\s+/g, ' '))));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

export function queryTable(items: readonly LogListItem[]): string {
  return textTable(
    ['Date (UTC)', 'Status', 'Action', 'Identity', 'App', 'Error code', 'Id'],
    items.map((r) => [r.activityDateTime.slice(0, 19).replace('T', ' '), r.status, r.action, r.sourceName ?? r.sourceId ?? r.targetId ?? '', r.appName ?? r.servicePrincipalId ?? '', r.errorCode ?? '', r.id]),
  );
}

export function statsTable(by: string, rows: readonly LogStatsRow[]): string {
  const showLabel = by === 'app' || by === 'cycle' || by === 'identity';
  const headers = [by, ...(showLabel ? ['name'] : []), 'total', 'success', 'failure', 'skipped', 'warning', ...(by === 'errorCode' ? ['meaning'] : [])];
  return textTable(
    headers,
    rows.map((r) => [
      r.key ?? '(none)',
      ...(showLabel ? [r.label ?? ''] : []),
      String(r.total),
      String(r.success),
      String(r.failure),
      String(r.skipped),
      String(r.warning),
      ...(by === 'errorCode' ? [explainErrorCode(r.key)?.title ?? ''] : []),
    ]),
    60,
  );
}

/** A one-line progress bar for a terminal, redrawn in place. */
export function progressBar(done: number, total: number, suffix: string, width = 30): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(ratio * width);
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${suffix}`;
}
