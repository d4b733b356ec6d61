import type { StoredLog } from '../../../../shared/logs/log-row';

/** The text fields of a packed record, in order: the row's columns, then its full-text entry. */
export const PACKED_STRINGS = [
  'id', 'tenantId', 'status', 'action', 'servicePrincipalId', 'appName', 'jobId', 'cycleId', 'changeId', 'sourceId', 'sourceName',
  'sourceType', 'targetId', 'targetName', 'sourceSystem', 'targetSystem', 'initiatedBy', 'errorCode', 'errorCategory', 'reason',
  'additionalDetails', 'recommendedAction', 'searchIdentities', 'searchReason', 'searchDescriptions',
] as const;

/**
 * Text fields whose values repeat across records (apps, jobs, outcomes, identities, reasons, step descriptions): each
 * distinct value crosses once per batch. Per-record values (ids, names) are not looked up.
 */
const REPEATING = new Set<PackedString>([
  'tenantId', 'status', 'action', 'servicePrincipalId', 'appName', 'jobId', 'cycleId', 'sourceType', 'sourceSystem', 'targetSystem',
  'initiatedBy', 'errorCode', 'errorCategory', 'recommendedAction', 'searchIdentities', 'searchReason', 'searchDescriptions',
]);

/** The number fields of a packed record, in order. */
export const PACKED_NUMBERS = ['activityMs', 'durationMs', 'stepCount', 'propertyCount'] as const;

export type PackedString = (typeof PACKED_STRINGS)[number];
export type PackedNumber = (typeof PACKED_NUMBERS)[number];
/** What a field reads as: a text or a number, or null where the record has none. */
export type PackedValue<F extends PackedString | PackedNumber> = (F extends PackedNumber ? number : string) | null;

/**
 * Records in the shape that crosses from the import worker to the writer: each distinct string of
 * the batch once, each record a fixed run of indexes into them plus a run of numbers. Structured
 * cloning this costs a fraction of cloning record objects (no property names per record, typed
 * arrays copied whole), and a text the batch repeats (an app, a set of step descriptions) crosses once.
 */
export interface PackedLogs {
  count: number;
  strings: string[];
  /** PACKED_STRINGS.length indexes into `strings` per record; -1 for null. */
  refs: Int32Array;
  /** PACKED_NUMBERS.length numbers per record; NaN for null. */
  numbers: Float64Array;
}

const STRING_COUNT = PACKED_STRINGS.length;
/** The row's text fields come first; the three full-text fields after them. */
const ROW_STRINGS = STRING_COUNT - 3;
const REPEATS = PACKED_STRINGS.map((field) => REPEATING.has(field));
const NUMBER_COUNT = PACKED_NUMBERS.length;

/** Packs StoredLogs one by one; `take` returns the batch so far and starts a new one. */
export class LogPacker {
  private strings: string[] = [];
  /** Per repeating field: its values seen in this batch, and the last one (records in a row often share it). */
  private seen: Array<Map<string, number>> = [];
  private lastValue: Array<string | null> = [];
  private lastRef: number[] = [];
  /** Per repeating field: values looked up and values found new in this batch (see ref). */
  private looked: number[] = [];
  private fresh: number[] = [];
  private refs: number[] = [];
  private numbers: number[] = [];
  private count = 0;

  constructor() {
    this.reset();
  }

  get size(): number {
    return this.count;
  }

  add(log: StoredLog): void {
    const row = log.row as unknown as Record<string, string | null>;
    for (let k = 0; k < ROW_STRINGS; k++) this.refs.push(this.ref(k, row[PACKED_STRINGS[k]!]!));
    this.refs.push(this.ref(ROW_STRINGS, log.search.identities), this.ref(ROW_STRINGS + 1, log.search.reason), this.ref(ROW_STRINGS + 2, log.search.descriptions));
    this.numbers.push(log.row.activityMs, log.row.durationMs ?? Number.NaN, log.stepCount, log.propertyCount);
    this.count += 1;
  }

  take(): PackedLogs {
    const packed: PackedLogs = { count: this.count, strings: this.strings, refs: Int32Array.from(this.refs), numbers: Float64Array.from(this.numbers) };
    this.reset();
    return packed;
  }

  private reset(): void {
    this.strings = [];
    this.seen = PACKED_STRINGS.map(() => new Map());
    this.lastValue = PACKED_STRINGS.map(() => null);
    this.lastRef = PACKED_STRINGS.map(() => -1);
    this.looked = PACKED_STRINGS.map(() => 0);
    this.fresh = PACKED_STRINGS.map(() => 0);
    this.refs = [];
    this.numbers = [];
    this.count = 0;
  }

  /**
   * The ref of field `k`'s value: a repeating field's value is added once per batch. A field whose
   * values hardly repeat in this batch (a large tenant's identities, reasons and step texts) stops
   * being looked up for the rest of it: hashing long unique texts cost more than it saved.
   */
  private ref(k: number, value: string | null): number {
    if (value === null) return -1;
    if (!REPEATS[k]) return this.strings.push(value) - 1;
    if (value === this.lastValue[k]) return this.lastRef[k]!;
    const looked = this.looked[k]!;
    if (looked >= SAMPLE_LOOKUPS && this.fresh[k]! > looked * MOSTLY_NEW) return this.strings.push(value) - 1;
    this.looked[k] = looked + 1;
    const seen = this.seen[k]!;
    let ref = seen.get(value);
    if (ref === undefined) {
      ref = this.strings.push(value) - 1;
      seen.set(value, ref);
      this.fresh[k] = this.fresh[k]! + 1;
    }
    this.lastValue[k] = value;
    this.lastRef[k] = ref;
    return ref;
  }
}

/** Lookups after which a field's share of new values decides whether it is still looked up. */
const SAMPLE_LOOKUPS = 2000;
/** The share of new values above which a field is taken to repeat too little to look up. */
const MOSTLY_NEW = 0.9;

/**
 * Reads chosen fields of packed records, in the order given: positions are worked out once, so a
 * writer can read a million records' fields without looking names up.
 */
export class PackedFieldReader<F extends PackedString | PackedNumber> {
  /** Per field: its position among the strings (>= 0), or -1 - its position among the numbers. */
  private readonly plan: number[];

  constructor(readonly fields: readonly F[]) {
    this.plan = fields.map((field) => (field in NUMBER_POSITION ? -1 - NUMBER_POSITION[field as PackedNumber] : STRING_POSITION[field as PackedString]));
  }

  /** The fields of record `i` (0-based) into `out` (reused between records), null where absent. */
  read(packed: PackedLogs, i: number, out: Array<PackedValue<F>>): Array<PackedValue<F>> {
    const stringBase = i * STRING_COUNT;
    const numberBase = i * NUMBER_COUNT;
    for (let k = 0; k < this.plan.length; k++) {
      const at = this.plan[k]!;
      if (at >= 0) {
        const ref = packed.refs[stringBase + at]!;
        out[k] = (ref < 0 ? null : packed.strings[ref]!) as PackedValue<F>;
      } else {
        const value = packed.numbers[numberBase - 1 - at]!;
        out[k] = (Number.isNaN(value) ? null : value) as PackedValue<F>;
      }
    }
    return out;
  }

  /** The index in `strings` of field `k` of record `i` (-1 for null): equal indexes are equal texts. */
  ref(packed: PackedLogs, i: number, k: number): number {
    const at = this.plan[k]!;
    return at >= 0 ? packed.refs[i * STRING_COUNT + at]! : -1;
  }
}

const STRING_POSITION = Object.fromEntries(PACKED_STRINGS.map((field, i) => [field, i])) as Record<PackedString, number>;
const NUMBER_POSITION = Object.fromEntries(PACKED_NUMBERS.map((field, i) => [field, i])) as Record<PackedNumber, number>;
