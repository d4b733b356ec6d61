import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvisioningObjectSummary } from '../../../../../../shared/graph/provisioning-log';
import { WorkspaceService } from '../../../../../../electron/core/workspace/workspace-service';
import { sample, tempWorkspace } from '../../workspace-fixture';

let ctx: ReturnType<typeof tempWorkspace>;
let records: ProvisioningObjectSummary[];
beforeAll(() => {
  ctx = tempWorkspace();
  new WorkspaceService(ctx.workspace).import(sample());
  records = sample().provisioningLogs;
});
afterAll(() => ctx.dispose());

describe('finding records by id without an index per id column', () => {
  it("gives every identity's history exactly, through the full-text index", () => {
    const ids = new Set<string>();
    for (const r of records) for (const id of [r.sourceIdentity?.id, r.targetIdentity?.id]) if (id) ids.add(id);
    expect(ids.size).toBeGreaterThan(50);
    for (const id of ids) {
      const expected = records.filter((r) => r.sourceIdentity?.id === id || r.targetIdentity?.id === id).length;
      expect(ctx.workspace.logReads.counts({ subjectId: id }).total, id).toBe(expected);
    }
    expect(ctx.workspace.logReads.counts({ subjectId: '--' }).total).toBe(0);
  });

  it('finds a record by its change id or record id typed as free text', () => {
    const record = records[123]!;
    const byChange = ctx.workspace.logReads.page({ text: record.changeId! }, { column: 'activityDateTime', direction: 'desc' }, 0, 10);
    expect(byChange.map((r) => r.id)).toContain(record.id);
    expect(byChange.every((r) => r.changeId === record.changeId || r.id === record.changeId || r.sourceId === record.changeId || r.targetId === record.changeId)).toBe(true);
    const byId = ctx.workspace.logReads.page({ text: ` ${record.id} ` }, { column: 'activityDateTime', direction: 'desc' }, 0, 10);
    expect(byId.map((r) => r.id)).toEqual([record.id]);
  });
});
