import { describe, expect, it } from 'vitest';
import { toStoredLog } from '../../../../shared/logs/log-row';
import { normalizeRecord } from '../../../../shared/logs/normalize-record';
import { LogPacker, PACKED_NUMBERS, PACKED_STRINGS, PackedFieldReader } from '../../../../shared/logs/packed-logs';
import { generateSampleTenant } from '../../../../electron/core/workspace/sample';

const logs = generateSampleTenant({ now: new Date('2026-11-01T00:00:00Z') })
  .provisioningLogs.slice(0, 400)
  .map((raw) => {
    const normalized = normalizeRecord(raw);
    if (!normalized.ok) throw new Error(normalized.reason);
    return toStoredLog(normalized.record);
  });

describe('LogPacker', () => {
  it('reads back every field of every record, nulls included', () => {
    const packer = new LogPacker();
    for (const log of logs) packer.add(log);
    const packed = packer.take();
    expect(packed.count).toBe(logs.length);
    const fields = [...PACKED_STRINGS, ...PACKED_NUMBERS];
    const reader = new PackedFieldReader(fields);
    const out: Array<string | number | null> = [];
    logs.forEach((log, i) => {
      reader.read(packed, i, out);
      const { row, search } = log;
      const expected: Record<string, unknown> = {
        ...row,
        searchIdentities: search.identities,
        searchReason: search.reason,
        searchDescriptions: search.descriptions,
        stepCount: log.stepCount,
        propertyCount: log.propertyCount,
      };
      fields.forEach((field, k) => expect(out[k], `${field} of record ${i}`).toBe(expected[field]));
    });
    expect(logs.some((log) => log.row.errorCode === null) && logs.some((log) => log.row.durationMs !== null)).toBe(true);
  });

  it('sends a repeating text once per batch, every record referring to it', () => {
    const packer = new LogPacker();
    for (const log of logs) packer.add(log);
    const packed = packer.take();
    expect(packed.strings.filter((text) => text === logs[0]!.row.appName)).toHaveLength(1);
    const reader = new PackedFieldReader(['appName'] as const);
    const refOf = (i: number) => reader.ref(packed, i, 0);
    const sameApp = logs.findIndex((log, i) => i > 0 && log.row.appName === logs[0]!.row.appName);
    expect(refOf(sameApp)).toBe(refOf(0));
  });

  it('starts a new batch after take', () => {
    const packer = new LogPacker();
    packer.add(logs[0]!);
    packer.take();
    expect(packer.size).toBe(0);
    packer.add(logs[1]!);
    const second = packer.take();
    expect(second.count).toBe(1);
    expect(new PackedFieldReader(['id'] as const).read(second, 0, [])).toEqual([logs[1]!.row.id]);
  });
});
