import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import type { ForecastTarget } from '../../../shared/ipc/contracts/forecast';
import type { ForecastRow } from '../../../shared/sync/forecast-types';
import { profileById } from '../../../shared/vendors';
import { UsageError, type CliIO } from '../cli-context';
import { FORECAST_HELP } from '../help';
import { renderCsv, renderHtml, renderText } from './forecast-output';
import { WHERE_OPTIONS } from './trial-args';
import { openTrialWorkspace } from './trial-workspace';
import { pwbEnvironment } from '../../core/config';

const FORMATS = ['text', 'json', 'csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** `pwb forecast --app …`: the first cycle for every object in scope; exit 1 when any object would fail. */
export async function forecastCommand(args: string[], io: CliIO): Promise<number> {
  if (args[0] === '--help' || args[0] === '-h') {
    io.out(FORECAST_HELP);
    return 0;
  }
  const { values } = parseArgs({
    args,
    options: { ...WHERE_OPTIONS, local: { type: 'boolean' }, profile: { type: 'string' }, 'scim-url': { type: 'string' }, token: { type: 'string' }, out: { type: 'string' }, all: { type: 'boolean' }, 'legacy-default-access': { type: 'boolean' } },
    allowPositionals: false,
    strict: true,
  });
  if (!values.app) throw new UsageError('--app NAME|ID is required.');
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  if (values.local && values['scim-url']) throw new UsageError('choose --local or --scim-url, not both.');
  if (values.profile && !profileById(values.profile)) throw new UsageError(`unknown --profile "${values.profile}".`);
  let target: ForecastTarget = { kind: 'empty' };
  if (values.local) target = values.profile ? { kind: 'local', profileId: values.profile } : { kind: 'local' };
  else if (values['scim-url']) {
    const token = values.token ?? pwbEnvironment(io.env).scimToken;
    if (!token) throw new UsageError('--scim-url needs --token T (or PWB_SCIM_TOKEN).');
    target = { kind: 'url', baseUrl: values['scim-url'], token };
  }
  const ws = await openTrialWorkspace(io, { app: values.app, snapshot: values.snapshot, tenant: values.tenant, dataDir: values['data-dir'], format: 'text' });
  try {
    const ref = { tenantId: ws.tenant.id, appId: ws.app.id };
    const summary = await ws.core.handlers['forecast:run']({ ...ref, taskId: randomUUID(), target, ...(values['legacy-default-access'] ? { legacyDefaultAccess: true } : {}) });
    const rows: ForecastRow[] = [];
    for (let offset = 0; offset < summary.totals.objects; offset += 1000) {
      const page = await ws.core.handlers['forecast:rows']({ forecastId: summary.id, offset, limit: 1000 });
      rows.push(...page.rows);
    }
    const text = format === 'json' ? JSON.stringify({ ...summary, rows }, null, 2) : format === 'csv' ? renderCsv(rows) : format === 'html' ? renderHtml(summary, rows) : renderText(summary, rows, !!values.all);
    if (values.out) {
      fs.writeFileSync(values.out, text.endsWith('\n') ? text : `${text}\n`);
      io.err(`Wrote ${values.out}: ${summary.totals.objects} objects, ${summary.totals.byLogStatus.Failure} would fail.`);
    } else io.out(text);
    return summary.totals.byLogStatus.Failure > 0 ? 1 : 0;
  } finally {
    await ws.core.close();
  }
}
