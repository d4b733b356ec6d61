import { parseArgs } from 'node:util';
import type { ScimCheckReport } from '../../../shared/sync/scim-check';
import { UsageError, type CliIO } from '../cli-context';
import { SCIM_CHECK_HELP } from '../help';
import { openTrialWorkspace } from './trial-workspace';
import { checkScimEndpoint } from '../../core/sync/scim-check';
import { pwbEnvironment } from '../../core/config';

const MARK = { pass: '✓', info: '·', warning: '!', error: '✗' } as const;

function renderReport(report: ScimCheckReport): string {
  const lines = [`SCIM check of ${report.baseUrl}: Test Connection would ${report.testConnection ? 'PASS' : 'FAIL'}`, `${report.counts.pass} passed, ${report.counts.warning} warnings, ${report.counts.error} errors${report.wrote ? '' : ' (GET only; --write --yes adds a create → update → disable → delete round trip)'}`, ''];
  for (const f of report.findings) {
    lines.push(`${MARK[f.severity]} ${f.title}`);
    lines.push(`    ${f.detail}`);
    if (f.severity !== 'pass') lines.push(`    Entra: ${f.entra}`);
    if (f.fix) lines.push(`    Fix: ${f.fix}`);
  }
  return lines.join('\n');
}

/** `pwb scim check`: Entra's Test Connection and the compatibility probe; exit 1 on any error finding. */
export async function scimCheckCommand(args: string[], io: CliIO): Promise<number> {
  if (args[0] === '--help' || args[0] === '-h') {
    io.out(SCIM_CHECK_HELP);
    return 0;
  }
  const { values } = parseArgs({
    args,
    options: { 'scim-url': { type: 'string' }, token: { type: 'string' }, app: { type: 'string' }, snapshot: { type: 'string' }, tenant: { type: 'string' }, 'data-dir': { type: 'string' }, write: { type: 'boolean' }, yes: { type: 'boolean' }, format: { type: 'string' } },
    strict: true,
  });
  const baseUrl = values['scim-url'];
  if (!baseUrl) throw new UsageError('--scim-url URL is required.');
  const token = values.token ?? pwbEnvironment(io.env).scimToken;
  if (!token) throw new UsageError('--token T (or PWB_SCIM_TOKEN) is required.');
  if (values.write && !values.yes) throw new UsageError(`--write creates, changes and deletes a throwaway user (pwb-probe-…@invalid.example) in ${baseUrl}; add --yes to confirm.`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json.');
  let report: ScimCheckReport;
  if (values.app) {
    const ws = await openTrialWorkspace(io, { app: values.app, snapshot: values.snapshot, tenant: values.tenant, dataDir: values['data-dir'], format: 'text' });
    try {
      report = await ws.core.handlers['scimCheck:run']({ baseUrl, token, tenantId: ws.tenant.id, appId: ws.app.id, ...(values.write ? { write: true, confirmHost: new URL(baseUrl).host } : {}) });
    } finally {
      await ws.core.close();
    }
  } else report = await checkScimEndpoint({ baseUrl, token, write: !!values.write });
  io.out(format === 'json' ? JSON.stringify(report, null, 2) : renderReport(report));
  return report.counts.error > 0 ? 1 : 0;
}
