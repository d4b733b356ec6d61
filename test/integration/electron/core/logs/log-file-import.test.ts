import fs from 'node:fs';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProvisioningObjectSummary } from '../../../../../shared/graph/provisioning-log';
import { importLogFiles } from '../../../../../electron/core/logs/log-file-import';
import { AppError } from '../../../../../shared/errors';
import { sample, tempWorkspace } from '../workspace-fixture';
import { azureCsv, azureRow, graphPages, jsonLines, portalCsv, portalJson, toBeta, write } from './log-files';

let ctx: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ctx = tempWorkspace();
});
afterEach(() => ctx.dispose());

const records = (n: number, from = 0): ProvisioningObjectSummary[] => sample().provisioningLogs.slice(from, from + n);
const n = (sql: string) => (ctx.workspace.db.prepare(sql).get() as { n: number }).n;
const stored = () => ctx.workspace.logReads.counts({}).total;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the store returns for a record, compared on the fields every format carries. */
function expectStoredLike(record: ProvisioningObjectSummary, options: { steps?: boolean } = {}) {
  const detail = ctx.workspace.logReads.detail(record.id);
  expect(detail, record.id).toBeDefined();
  expect(detail!.item).toMatchObject({
    activityDateTime: new Date(record.activityDateTime).toISOString(),
    status: record.provisioningStatusInfo.status,
    action: record.provisioningAction,
    servicePrincipalId: record.servicePrincipal?.id,
    changeId: record.changeId,
    cycleId: record.cycleId,
    sourceId: record.sourceIdentity?.id || null,
    errorCode: record.provisioningStatusInfo.errorInformation?.errorCode ?? null,
  });
  if (options.steps !== false) {
    expect(detail!.steps.map((s) => [s.name, s.stepType, s.status, s.description])).toEqual(record.provisioningSteps.map((s) => [s.name, s.provisioningStepType, s.status, s.description]));
    expect(detail!.modifiedProperties).toEqual(record.modifiedProperties.map((p) => ({ name: p.displayName, oldValue: p.oldValue ?? null, newValue: p.newValue ?? null })));
  }
}

describe('importLogFiles: each input format', () => {
  it('imports the portal JSON download losslessly and is idempotent on re-import', async () => {
    const input = records(500);
    const file = write(ctx.dir, 'logs.json', portalJson(input));
    const first = await importLogFiles(ctx.workspace, [file], { batchSize: 64 });
    expect(first).toMatchObject({ added: 500, duplicates: 0, rejected: 0, files: [{ format: 'json-array' }] });
    expect(stored()).toBe(500);
    input.slice(0, 40).forEach((r) => expectStoredLike(r));
    expect(JSON.parse(ctx.workspace.logReads.detail(input[7]!.id)!.json)).toEqual(JSON.parse(JSON.stringify(input[7])));
    const sets = n('SELECT COUNT(*) AS n FROM provisioning_log_text_sets_fts');
    expect(sets).toBe(n('SELECT COUNT(DISTINCT text_set_id) AS n FROM provisioning_logs'));
    const again = await importLogFiles(ctx.workspace, [file]);
    expect(again).toMatchObject({ added: 0, duplicates: 500, rejected: 0 });
    // Nor any text sets: a set is written only once a record using it is stored.
    expect(n('SELECT COUNT(*) AS n FROM provisioning_log_text_sets_fts')).toBe(sets);
    expect(stored()).toBe(500);
    expect(n('SELECT SUM(step_count) AS n FROM provisioning_logs')).toBe(input.reduce((s, r) => s + r.provisioningSteps.length, 0));
    // Re-importing adds no JSON blocks: a batch whose records are all known stores nothing.
    expect(n('SELECT COUNT(*) AS n FROM provisioning_log_blocks')).toBe(Math.ceil(500 / 64));
  });

  it('accepts the beta names (action, statusInfo) and files mixing both namings', async () => {
    const input = records(200);
    const mixed = input.map((r, i) => (i % 2 === 0 ? toBeta(r) : r));
    const file = write(ctx.dir, 'beta.json', JSON.stringify(mixed));
    expect(await importLogFiles(ctx.workspace, [file])).toMatchObject({ added: 200, rejected: 0 });
    input.slice(0, 20).forEach((r) => expectStoredLike(r));
    const exported = ctx.workspace.logs.allJson(input[0]!.tenantId!).map((j) => JSON.parse(j));
    expect(exported.find((r) => r.id === input[0]!.id)).toMatchObject({ provisioningAction: input[0]!.provisioningAction, provisioningStatusInfo: { status: input[0]!.provisioningStatusInfo.status } });
  });

  it('imports pretty-printed Graph page bodies and JSON lines', async () => {
    const pages = write(ctx.dir, 'pages.json', graphPages(records(150), 40));
    const lines = write(ctx.dir, 'logs.jsonl', jsonLines(records(150, 150)));
    const summary = await importLogFiles(ctx.workspace, [pages, lines]);
    expect(summary).toMatchObject({ added: 300, rejected: 0, files: [{ format: 'graph-page' }, { format: 'json-lines' }] });
    expectStoredLike(records(1, 149)[0]!);
    expectStoredLike(records(1, 299)[0]!);
  });

  it('imports a gzip-compressed download', async () => {
    const file = write(ctx.dir, 'logs.json.gz', zlib.gzipSync(portalJson(records(100))));
    expect(await importLogFiles(ctx.workspace, [file])).toMatchObject({ added: 100 });
  });

  it('joins the portal\'s three CSV files on change ID, discovering their headers', async () => {
    const input = records(300);
    const csv = portalCsv(input);
    const files = [write(ctx.dir, 'ProvisioningLogs.csv', csv.main), write(ctx.dir, 'ProvisioningLogs_ProvisioningSteps.csv', csv.steps), write(ctx.dir, 'ProvisioningLogs_ModifiedProperties.csv', csv.props)];
    const summary = await importLogFiles(ctx.workspace, files);
    expect(summary).toMatchObject({ added: 300, rejected: 0 });
    expect(summary.files.map((f) => f.format).sort()).toEqual(['portal CSV', 'portal CSV (modified properties)', 'portal CSV (steps)']);
    input.slice(0, 30).forEach((r) => expectStoredLike(r));
    expect(JSON.parse(ctx.workspace.logReads.detail(input[0]!.id)!.json)['x-pwb-source']).toEqual({ format: 'portal-csv', 'Portal Only Column': 'x' });
    await expect(importLogFiles(ctx.workspace, [files[1]!])).rejects.toThrow(/together with the portal's main provisioning-logs CSV/);
  });

  it('imports Azure Monitor AADProvisioningLogs exports as CSV and as JSON', async () => {
    const csvFile = write(ctx.dir, 'la.csv', azureCsv(records(120)));
    const jsonFile = write(ctx.dir, 'la.json', JSON.stringify(records(80, 120).map(azureRow)));
    const summary = await importLogFiles(ctx.workspace, [csvFile, jsonFile]);
    expect(summary).toMatchObject({ added: 200, rejected: 0, files: [{ format: 'AADProvisioningLogs CSV' }, { format: 'json-array (AADProvisioningLogs)' }] });
    records(200).slice(100, 140).forEach((r) => expectStoredLike(r));
  });
});

describe('importLogFiles: bad input', () => {
  it('rejects malformed records with position and reason and keeps the rest', async () => {
    const input = records(10);
    const broken: unknown[] = [...input];
    broken[2] = { ...input[2], id: undefined };
    broken[5] = { ...input[5], provisioningAction: 'explode' };
    broken[7] = 42;
    const file = write(ctx.dir, 'bad.json', JSON.stringify(broken));
    const summary = await importLogFiles(ctx.workspace, [file]);
    expect(summary).toMatchObject({ added: 7, rejected: 3 });
    expect(summary.rejections.map((r) => r.position.split(' (')[0])).toEqual(['record 3', 'record 6', 'record 8']);
    expect(summary.rejections[0]!.reason).toMatch(/no id/);
    expect(summary.rejections[1]!.reason).toMatch(/provisioningAction "explode" is not one of/);
    expect(summary.rejections[2]!.reason).toMatch(/expected a JSON object/);
  });

  it('a truncated JSON file changes nothing and says where it broke (issue 15)', async () => {
    const text = portalJson(records(50));
    const cut = Math.floor(text.length * 0.6);
    const file = write(ctx.dir, 'cut.json', text.slice(0, cut));
    const bytes = Buffer.byteLength(text.slice(0, cut));
    const error = await importLogFiles(ctx.workspace, [file], { batchSize: 8 }).catch((e: unknown) => e as AppError);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(new RegExp(`^${escape(file)} is not well-formed at byte ${bytes}: the file ends in the middle of record \\d+ \\(truncated\\?\\)\\.\nNothing from that file was imported\\.$`));
    expect([stored(), n('SELECT count(*) AS n FROM provisioning_log_blocks')]).toEqual([0, 0]);
    expect(ctx.workspace.logImports.recent(1)[0]).toMatchObject({ status: 'failed' });
  });

  it('a gzip whose checksum or length is wrong changes nothing and names the file', async () => {
    const gz = zlib.gzipSync(Buffer.from(jsonLines(records(40))));
    const badCrc = Buffer.from(gz);
    badCrc.writeUInt32LE((badCrc.readUInt32LE(badCrc.length - 8) ^ 0xffff) >>> 0, badCrc.length - 8);
    const badLength = Buffer.from(gz);
    badLength.writeUInt32LE(badLength.readUInt32LE(badLength.length - 4) + 1, badLength.length - 4);
    for (const [name, bytes, reason] of [['crc.jsonl.gz', badCrc, 'incorrect data check'], ['length.jsonl.gz', badLength, 'incorrect length check']] as const) {
      const file = write(ctx.dir, name, bytes);
      const error = await importLogFiles(ctx.workspace, [file], { batchSize: 8 }).catch((e: unknown) => e as AppError);
      expect((error as AppError).message).toBe(`${file} is a damaged gzip file: ${reason} (${bytes.length} of its ${bytes.length} bytes read). Download or copy it again.\nNothing from that file was imported.`);
      expect(stored()).toBe(0);
    }
  });

  it('a CSV trio that does not join changes nothing and says which change ID is unmatched', async () => {
    const csv = portalCsv(records(30));
    const other = portalCsv(records(30, 30));
    const files = [write(ctx.dir, 'ProvisioningLogs.csv', csv.main), write(ctx.dir, 'ProvisioningLogs_ProvisioningSteps.csv', other.steps)];
    const error = await importLogFiles(ctx.workspace, files, { batchSize: 8 }).catch((e: unknown) => e as AppError);
    expect((error as AppError).message).toMatch(new RegExp(`^${escape(files[0]!)} does not join with ${escape(files[1]!)}: line 2 of ProvisioningLogs_ProvisioningSteps.csv has change ID ".+", which no record has \\(\\d+ of its \\d+ change IDs match no record\\)`));
    expect(stored()).toBe(0);
  });

  it('a bad file among good ones leaves the good ones imported and fails the run', async () => {
    const good = write(ctx.dir, 'good.jsonl', jsonLines(records(20)));
    const text = portalJson(records(30, 20));
    const bad = write(ctx.dir, 'bad.json', text.slice(0, text.length - 40));
    const error = await importLogFiles(ctx.workspace, [good, bad], { batchSize: 8 }).catch((e: unknown) => e as AppError);
    expect((error as AppError).message).toMatch(/\nNothing from that file was imported\. From the other files, 20 record\(s\) were added\.$/);
    expect(stored()).toBe(0 + 20);
  });

  it('reports ids repeated inside one file as rejections, and keeps the first copy', async () => {
    const input = records(30);
    const file = write(ctx.dir, 'dups.jsonl', jsonLines([...input, ...input.slice(0, 2)]));
    const summary = await importLogFiles(ctx.workspace, [file]);
    expect(summary).toMatchObject({ added: 30, duplicates: 0, rejected: 2 });
    expect(summary.rejections).toEqual(
      input.slice(0, 2).map((r) => ({ file, position: `record ${r.id}`, reason: `the file holds a record with id "${r.id}" more than once; the first one was kept` })),
    );
    expect(await importLogFiles(ctx.workspace, [file])).toMatchObject({ added: 0, duplicates: 32, rejected: 0 });
  });

  it('checks field types: a numeric id or activityDateTime is rejected, the rest imported', async () => {
    const [a, b, c] = records(3);
    const file = write(ctx.dir, 'types.jsonl', jsonLines([a, { ...b, id: 42 }, { ...c, activityDateTime: 1_700_000_000_000 }]));
    const summary = await importLogFiles(ctx.workspace, [file]);
    expect(summary).toMatchObject({ added: 1, rejected: 2 });
    expect(summary.rejections.map((r) => r.reason)).toEqual([`the record's id must be a string, not the number 42`, `record ${c!.id}: activityDateTime must be a date string, not the number 1700000000000`]);
  });

  it.each<[string, string | Buffer, RegExp]>([
    ['users.json', JSON.stringify([{ id: '1', displayName: 'A', userPrincipalName: 'a@x' }]), /JSON array of objects with keys id, displayName, userPrincipalName \(users\)/],
    ['sps.json', JSON.stringify({ value: [{ id: '1', appId: 'x', displayName: 'App' }] }), /Graph response with objects with keys id, appId, displayName \(applications/],
    ['package.json', JSON.stringify({ name: 'x', version: '1' }, null, 2), /JSON objects with keys name, version/],
    ['archive.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), /ZIP archive/],
    ['workspace.sqlite', Buffer.from('SQLite format 3\u0000rest'), /SQLite database/],
    ['notes.txt', 'Dear admin,\nthese are not logs.\n', /neither JSON nor CSV \(it starts "Dear admin,"\)/],
    ['people.csv', 'name,email\nA,a@x\n', /CSV file whose columns \(name, email\)/],
    ['empty.json', '', /empty file/],
    ['broken.json', '{"id": "x", "activityDateTime"', /damaged or non-log JSON/],
  ])('refuses %s, saying what it looks like', async (name, content, message) => {
    const file = write(ctx.dir, name, content);
    await expect(importLogFiles(ctx.workspace, [file])).rejects.toThrow(message);
    expect(stored()).toBe(0);
  });

  it('a cancelled import leaves whole records only, and importing again completes it', async () => {
    const input = records(1000);
    const file = write(ctx.dir, 'big.json', portalJson(input));
    const controller = new AbortController();
    const summary = await importLogFiles(ctx.workspace, [file], {
      batchSize: 100,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.added >= 300) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(stored()).toBe(summary.added);
    expect(summary.added).toBeLessThan(1000);
    // Every stored record is whole: its JSON block is there and holds all of its steps.
    expect(n(`SELECT COUNT(*) AS n FROM provisioning_logs AS l WHERE NOT EXISTS (SELECT 1 FROM provisioning_log_blocks AS b WHERE b.id = l.json_block)`)).toBe(0);
    const ids = ctx.workspace.db.prepare('SELECT id, step_count AS steps FROM provisioning_logs').all() as Array<{ id: string; steps: number }>;
    for (const { id, steps } of ids) expect(ctx.workspace.logReads.detail(id)!.steps).toHaveLength(steps);
    const resumed = await importLogFiles(ctx.workspace, [file]);
    expect(resumed).toMatchObject({ added: 1000 - summary.added, duplicates: summary.added, cancelled: false });
    expect(stored()).toBe(1000);
    expect(ctx.workspace.logImports.recent(2).map((r) => r.status)).toEqual(['done', 'cancelled']);
  });

  it('a failure inside a batch rolls that batch back and keeps earlier batches', async () => {
    const input = records(300);
    const file = write(ctx.dir, 'fail.json', portalJson(input));
    const original = ctx.workspace.logs.addBatch.bind(ctx.workspace.logs);
    let calls = 0;
    ctx.workspace.logs.addBatch = (batch, origin) => {
      const added = original(batch, origin);
      if (++calls === 3) throw new Error('disk full');
      return added;
    };
    await expect(importLogFiles(ctx.workspace, [file], { batchSize: 100 })).rejects.toThrow('disk full');
    expect(stored()).toBe(200);
    ctx.workspace.logs.addBatch = original;
    expect(await importLogFiles(ctx.workspace, [file])).toMatchObject({ added: 100, duplicates: 200 });
    // No record points at a text set the rolled-back batch wrote, and every record is found by its words.
    expect(n('SELECT COUNT(*) AS n FROM provisioning_logs WHERE text_set_id IS NOT NULL AND text_set_id NOT IN (SELECT rowid FROM provisioning_log_text_sets_fts)')).toBe(0);
    const name = input[250]!.sourceIdentity!.displayName!;
    expect(ctx.workspace.logReads.counts({ text: `"${name}"` }).total).toBe(input.filter((r) => r.sourceIdentity?.displayName === name || r.targetIdentity?.displayName === name).length);
    expect(fs.existsSync(file)).toBe(true);
  });
});
