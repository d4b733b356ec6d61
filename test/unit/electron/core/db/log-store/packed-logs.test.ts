import { describe, expect, it } from 'vitest';
import { toStoredLog } from '../../../../../../shared/logs/log-row';
import { normalizeRecord } from '../../../../../../shared/logs/normalize-record';
import { LogPacker, PACKED_NUMBERS, PACKED_STRINGS, PackedFieldReader } from '../../../../../../electron/core/db/log-store/packed-logs';
import { generateSampleTenant } from '../../../../../../sample-tenant';

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
    const reader = new PackedFieldReader(['appName', 'searchDescriptions'] as const);
    for (const [k, of] of [[0, (i: number) => logs[i]!.row.appName], [1, (i: number) => logs[i]!.search.descriptions]] as const) {
      const refs = new Map<string | null, Set<number>>();
      logs.forEach((_, i) => refs.set(of(i), (refs.get(of(i)) ?? new Set()).add(reader.ref(packed, i, k))));
      for (const [value, seen] of refs) expect(seen.size, `${value}`).toBe(1);
      expect(refs.size).toBeLessThan(logs.length / 2);
    }
    expect(packed.strings.length).toBeLessThan(logs.length * 12);
  });

  it('reads back every value of a text field that hardly repeats in the batch, and still shares the fields that do', () => {
    const packer = new LogPacker();
    const count = 5000;
    // Every record its own step descriptions, as a large tenant's are; apps repeat.
    const diverse = Array.from({ length: count }, (_, i) => {
      const log = logs[i % logs.length]!;
      return { ...log, search: { ...log.search, descriptions: `Received User 'user${i}@contoso.com'` } };
    });
    for (const log of diverse) packer.add(log);
    const packed = packer.take();
    const reader = new PackedFieldReader(['appName', 'searchDescriptions'] as const);
    const out: Array<string | null> = [];
    diverse.forEach((log, i) => expect(reader.read(packed, i, out)).toEqual([log.row.appName, log.search.descriptions]));
    expect(new Set(diverse.map((_, i) => reader.ref(packed, i, 0))).size).toBe(new Set(diverse.map((log) => log.row.appName)).size);
    expect(new Set(diverse.map((_, i) => reader.ref(packed, i, 1))).size).toBe(count);
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
