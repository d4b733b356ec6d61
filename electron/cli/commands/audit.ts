import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { auditApp, findApp, type AppAudit } from '../../../shared/audit';
import { renderReport, type ReportFormat } from '../../../shared/audit/report';
import { profileById, VENDOR_PROFILES } from '../../../shared/vendors';
import type { Snapshot } from '../../../shared/snapshot/schema';
import { parseSnapshotText } from '../../core/audit/parse-snapshot';
import { UsageError, type CliIO } from '../cli-context';
import { AUDIT_HELP } from '../help';
import { openCore } from '../open-core';

const FORMATS: Record<string, ReportFormat | 'text' | 'json'> = { text: 'text', json: 'json', markdown: 'markdown', md: 'markdown', csv: 'csv', html: 'html' };

function readSnapshot(file: string): Snapshot {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return parseSnapshotText(text, file);
}

/** The app's snapshot from the workspace: the named tenant, else every tenant that has an app of that name. */
async function snapshotFromWorkspace(io: CliIO, dataDir: string | undefined, tenant: string | undefined, app: string): Promise<Snapshot> {
  const core = await openCore(io, dataDir);
  try {
    const tenants = await core.handlers['tenants:list']({});
    const candidates = tenant ? tenants.filter((t) => t.id === tenant || t.displayName.toLowerCase() === tenant.toLowerCase()) : tenants;
    if (candidates.length === 0) throw new UsageError(`there is no tenant "${tenant}" in the workspace (see pwb workspace info).`);
    for (const t of candidates) {
      const apps = await core.handlers['apps:list']({ tenantId: t.id });
      const found = findApp(apps, app);
      if (found) return JSON.parse((await core.handlers['snapshot:export']({ tenantId: t.id, appId: found.id })).json) as Snapshot;
    }
    throw new UsageError(`no app called "${app}" with provisioning in the workspace; pwb apps list shows the names.`);
  } finally {
    await core.close();
  }
}

function printText(audit: AppAudit, io: CliIO): void {
  io.out(`Mapping audit: ${audit.appName} (profile ${audit.profileId ?? 'none'}, job ${audit.jobId ?? '-'})`);
  io.out(`${audit.counts.error} error(s), ${audit.counts.warning} warning(s), ${audit.counts.info} info`);
  for (const f of audit.findings) {
    io.out(`\n${f.severity.toUpperCase().padEnd(7)} ${f.ruleId}  ${[f.objectMapping, f.targetAttributeName].filter(Boolean).join(' › ')}`);
    io.out(`        ${f.message}`);
    io.out(`        Fix: ${f.fixHint}`);
  }
}

export async function auditCommand(args: string[], io: CliIO): Promise<number> {
  if (args[0] === '--help' || args[0] === '-h') return io.out(AUDIT_HELP), 0;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      snapshot: { type: 'string' },
      app: { type: 'string' },
      tenant: { type: 'string' },
      profile: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  if (!values.app) throw new UsageError('audit needs --app NAME|ID.');
  const format = FORMATS[(values.format ?? 'text').toLowerCase()];
  if (!format) throw new UsageError(`--format must be text, json, markdown, csv or html, not "${values.format}".`);
  let profileId: string | null | undefined;
  if (values.profile !== undefined) {
    if (values.profile.toLowerCase() === 'none') profileId = null;
    else {
      const profile = profileById(values.profile) ?? VENDOR_PROFILES.find((p) => p.displayName.toLowerCase() === values.profile!.toLowerCase());
      if (!profile) throw new UsageError(`unknown profile "${values.profile}" (use ${VENDOR_PROFILES.map((p) => p.id).join(', ')} or none).`);
      profileId = profile.id;
    }
  }
  const snapshot = values.snapshot ? readSnapshot(values.snapshot) : await snapshotFromWorkspace(io, values['data-dir'], values.tenant, values.app);
  const sp = findApp(snapshot.servicePrincipals, values.app);
  if (!sp) throw new UsageError(`no app called "${values.app}" in ${values.snapshot ?? 'the workspace'} (names: ${snapshot.servicePrincipals.map((s) => s.displayName).join(', ')}).`);
  if (sp.synchronization.jobs.length === 0) throw new UsageError(`${sp.displayName} has no provisioning job to audit.`);
  const audit = auditApp(sp, snapshot, profileId === undefined ? {} : { profileId });
  let text: string | null = null;
  if (format === 'json') {
    const { population, ...rest } = audit;
    text = JSON.stringify({ ...rest, population: population.members.map(({ source: _source, ...m }) => m), nestedOnlyUsers: population.nestedOnlyUsers }, null, 2);
  } else if (format !== 'text') {
    text = renderReport(format, { audit, generatedAt: new Date().toISOString(), ...(snapshot.tenant?.displayName ? { tenantName: snapshot.tenant.displayName } : {}) });
  }
  if (values.out) {
    if (text === null) {
      const lines: string[] = [];
      printText(audit, { ...io, out: (line) => void lines.push(line) });
      text = lines.join('\n') + '\n';
    }
    fs.writeFileSync(values.out, text);
    io.err(`Wrote ${values.out}: ${audit.counts.error} error(s), ${audit.counts.warning} warning(s), ${audit.counts.info} info.`);
  } else if (text === null) printText(audit, io);
  else io.out(text);
  return audit.counts.error > 0 ? 1 : 0;
}
