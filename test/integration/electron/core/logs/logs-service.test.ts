import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogsService } from '../../../../../electron/core/logs/logs-service';
import { sample, tempWorkspace } from '../workspace-fixture';

let ctx: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ctx = tempWorkspace();
});
afterEach(() => ctx.dispose());

describe('LogsService.addRecords (trial-sync and other features writing directly)', () => {
  it('stores trial records apart from real ones, idempotently, and rejects bad ones with a reason', () => {
    const logs = new LogsService(ctx.workspace);
    const real = sample().provisioningLogs.slice(0, 20);
    const trial = sample().provisioningLogs.slice(20, 30).map((r) => ({ ...r, id: `trial-${r.id}` }));
    expect(logs.addRecords(real, 'file')).toMatchObject({ added: 20, duplicates: 0, rejected: 0 });
    const result = logs.addRecords([...trial, { id: 'x' }], 'trial', 'trial run 1');
    expect(result).toMatchObject({ added: 10, rejected: 1, rejections: [{ file: 'trial run 1', position: 'record 11' }] });
    expect(logs.addRecords(trial, 'trial')).toMatchObject({ added: 0, duplicates: 10 });
    expect(logs.reads.counts({ origin: 'trial' }).total).toBe(10);
    expect(logs.reads.counts({ origin: 'real' }).total).toBe(20);
    expect(logs.reads.detail(trial[0]!.id)?.item.origin).toBe('trial');
  });

  it('exports the current view as CSV and JSON', () => {
    const logs = new LogsService(ctx.workspace);
    logs.addRecords(sample().provisioningLogs.slice(0, 120), 'file');
    const csv = logs.exportText({ status: ['failure'] }, { column: 'activityDateTime', direction: 'asc' }, 'csv');
    const failures = logs.reads.counts({ status: ['failure'] }).total;
    expect(csv.text.trim().split('\r\n')).toHaveLength(failures + 1);
    expect(csv).toMatchObject({ rows: failures, truncated: false, fileName: expect.stringMatching(/^provisioning-logs-.*\.csv$/) });
    const json = JSON.parse(logs.exportText({}, { column: 'activityDateTime', direction: 'asc' }, 'json').text) as Array<{ activityDateTime: string }>;
    expect(json).toHaveLength(120);
    expect(json.map((r) => r.activityDateTime)).toEqual(json.map((r) => r.activityDateTime).sort());
  });
});
