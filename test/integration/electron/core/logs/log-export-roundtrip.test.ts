import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importLogFiles } from '../../../../../electron/core/logs/log-file-import';
import { LogsService } from '../../../../../electron/core/logs/logs-service';
import { sample, tempWorkspace } from '../workspace-fixture';

let from: ReturnType<typeof tempWorkspace>;
let into: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  from = tempWorkspace();
  into = tempWorkspace();
});
afterEach(() => {
  from.dispose();
  into.dispose();
});

/** Issue 15 item 5: what "Export view" writes imports back with zero rejections. */
describe('Export view → import', () => {
  it.each(['json', 'csv'] as const)('a %s export imports back with every record and no rejection', async (format) => {
    const logs = new LogsService(from.workspace);
    logs.addRecords(sample().provisioningLogs.slice(0, 150), 'file');
    const exported = logs.exportText({}, { column: 'activityDateTime', direction: 'asc' }, format);
    const file = path.join(into.dir, exported.fileName);
    fs.writeFileSync(file, exported.text);
    const summary = await importLogFiles(into.workspace, [file]);
    expect({ added: summary.added, rejected: summary.rejected, rejections: summary.rejections }).toEqual({ added: 150, rejected: 0, rejections: [] });
    const before = logs.reads.page({}, { column: 'activityDateTime', direction: 'asc' }, 0, 150);
    const after = new LogsService(into.workspace).reads.page({}, { column: 'activityDateTime', direction: 'asc' }, 0, 150);
    const columns = (items: typeof before) => items.map((i) => [i.id, i.activityDateTime, i.action, i.status, i.sourceName, i.targetName, i.appName, i.errorCode, i.changeId]);
    expect(columns(after)).toEqual(columns(before));
  });
});
