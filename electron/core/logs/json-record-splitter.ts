import { isAscii } from 'node:buffer';
/** One record's text cut out of a JSON stream, with where it started. */
export interface JsonElement {
  text: string;
  /** The same record as the UTF-8 bytes read (a view into the chunk). */
  bytes: Buffer;
  /** 1-based record number in the file. */
  index: number;
  /** 0-based byte offset of the record's first byte in the (decompressed) file. */
  offset: number;
}

export type JsonLayout = 'array' | 'graph-page' | 'json-lines';

/** Keys of a top-level object whose array holds the records: Graph pages and our snapshots. */
const RECORD_ARRAY_KEYS = new Set(['value', 'provisioningLogs']);
const MAX_RECORD_BYTES = 64 * 1024 * 1024;
const EMPTY = Buffer.alloc(0);

/**
 * A record's text. Pure-ASCII bytes (most records) decode as Latin-1, which gives V8 a one-byte
 * string: JSON.parse reads those about twice as fast as the two-byte strings UTF-8 decoding yields.
 */
const decode = (bytes: Buffer, start: number, end: number): string => (isAscii(bytes.subarray(start, end)) ? bytes.toString('latin1', start, end) : bytes.toString('utf8', start, end));

const WS = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class JsonShapeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Splits a JSON stream into record texts without parsing or holding the whole file: a top-level
 * array (the portal's download), objects with a `value` array (Graph page bodies, one or many), or
 * one object per line (JSON lines). Works on bytes: every character JSON gives meaning to is ASCII,
 * and no byte of a multi-byte UTF-8 character is. Only the current record is buffered.
 */
export class JsonRecordSplitter {
  layout: JsonLayout | undefined;
  private buf: Buffer = EMPTY;
  /** File offset of buf[0]. */
  private base = 0;
  private pos = 0;
  private depth = 0;
  private inString = false;
  /** Depth at which records sit (1 in a top-level array, 2 in a page's `value`), or -1 when not in a record array. */
  private elementDepth = -1;
  private elementStart = -1;
  /** Start of the current top-level object (json-lines and pages), or -1. */
  private objectStart = -1;
  private inObject = false;
  private objectWasPage = false;
  private lastKey: string | null = null;
  private stringStart = -1;
  private awaitingValue = false;
  private count = 0;
  private topLevelValues = 0;

  push(chunk: Buffer | string): JsonElement[] {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.buf = this.buf.length === 0 ? bytes : Buffer.concat([this.buf, bytes]);
    const out: JsonElement[] = [];
    this.scan(out);
    this.compact();
    return out;
  }

  end(): JsonElement[] {
    const out: JsonElement[] = [];
    this.scan(out);
    if (this.inString || this.depth > 0) {
      throw new JsonShapeError(`the file ends in the middle of ${this.count > 0 ? `record ${this.count + 1}` : 'its first record'} (truncated?)`, this.base + this.buf.length);
    }
    if (this.layout === undefined) throw new JsonShapeError('the file is empty', 0);
    return out;
  }

  private emit(out: JsonElement[], start: number, endExclusive: number): void {
    while (start < endExclusive && WS(this.buf[start]!)) start++;
    while (endExclusive > start && WS(this.buf[endExclusive - 1]!)) endExclusive--;
    if (start === endExclusive) return;
    const text = decode(this.buf, start, endExclusive);
    const bytes = this.buf.subarray(start, endExclusive);
    this.count += 1;
    out.push({ text, bytes, index: this.count, offset: this.base + start });
  }

  private scan(out: JsonElement[]): void {
    const buf = this.buf;
    let i = this.pos;
    const n = buf.length;
    while (i < n) {
      if (this.inString) {
        const quote = buf.indexOf(0x22, i);
        if (quote < 0) {
          i = n;
          break;
        }
        let backslashes = 0;
        for (let k = quote - 1; k >= 0 && buf[k] === 0x5c; k--) backslashes++;
        i = quote + 1;
        if (backslashes % 2 === 1) continue;
        this.inString = false;
        if (this.depth === 1 && this.inObject && !this.awaitingValue) this.lastKey = buf.toString('utf8', this.stringStart + 1, quote);
        continue;
      }
      const c = buf[i]!;
      if (WS(c)) {
        i++;
        continue;
      }
      if (this.depth === 0 && this.layout === undefined) {
        if (c === 0x5b /* [ */) this.layout = 'array';
        else if (c === 0x7b /* { */) this.layout = 'json-lines';
        else throw new JsonShapeError('the file does not start with "[" or "{"', this.base + i);
      }
      if (this.depth === this.elementDepth && this.elementStart < 0 && c !== 0x2c && c !== 0x5d) this.elementStart = i;
      switch (c) {
        case 0x22 /* " */:
          this.inString = true;
          this.stringStart = i;
          break;
        case 0x3a /* : */:
          if (this.depth === 1 && this.inObject) this.awaitingValue = true;
          break;
        case 0x2c /* , */:
          if (this.depth === this.elementDepth && this.elementStart >= 0) {
            this.emit(out, this.elementStart, i);
            this.elementStart = -1;
          }
          if (this.depth === 1 && this.inObject) this.awaitingValue = false;
          break;
        case 0x7b /* { */:
        case 0x5b /* [ */:
          if (this.depth === 0) {
            this.topLevelValues++;
            if (c === 0x5b) {
              if (this.topLevelValues > 1) throw new JsonShapeError('a second top-level array follows the first', this.base + i);
              this.elementDepth = 1;
            } else {
              if (this.layout === 'array') throw new JsonShapeError('an object follows the top-level array', this.base + i);
              this.objectStart = i;
              this.inObject = true;
              this.objectWasPage = false;
              this.awaitingValue = false;
            }
          } else if (this.depth === 1 && c === 0x5b && this.inObject && this.awaitingValue && this.lastKey !== null && RECORD_ARRAY_KEYS.has(this.lastKey)) {
            this.elementDepth = 2;
            this.objectWasPage = true;
            this.layout = 'graph-page';
          }
          this.depth++;
          break;
        case 0x7d /* } */:
        case 0x5d /* ] */:
          if (this.depth === this.elementDepth && c === 0x5d) {
            if (this.elementStart >= 0) this.emit(out, this.elementStart, i);
            this.elementStart = -1;
            this.elementDepth = -1;
          }
          this.depth--;
          if (this.depth < 0) throw new JsonShapeError(`unexpected "${String.fromCharCode(c)}"`, this.base + i);
          if (this.depth === 1 && this.inObject) this.awaitingValue = false;
          if (this.depth === 0 && c === 0x7d && this.inObject) {
            if (!this.objectWasPage) this.emit(out, this.objectStart, i + 1);
            this.objectStart = -1;
            this.inObject = false;
          }
          break;
        default:
          break;
      }
      i++;
    }
    this.pos = i;
    const held = this.inObject && !this.objectWasPage ? this.objectStart : this.elementStart;
    if (held >= 0 && this.pos - held > MAX_RECORD_BYTES) {
      throw new JsonShapeError(`record ${this.count + 1} is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MB; this is not a provisioning-log file`, this.base + held);
    }
  }

  /** Drops text no open record needs, so memory stays at about one record. */
  private compact(): void {
    const starts = [this.elementStart, this.inObject && !this.objectWasPage ? this.objectStart : -1, this.inString ? this.stringStart : -1].filter((s) => s >= 0);
    const keep = starts.length > 0 ? Math.min(...starts) : this.pos;
    if (keep === 0) return;
    // A copy, so the previous chunk's memory is released rather than kept alive by a view into it.
    this.buf = Buffer.from(this.buf.subarray(keep));
    this.base += keep;
    this.pos -= keep;
    if (this.elementStart >= 0) this.elementStart -= keep;
    if (this.inObject && !this.objectWasPage) this.objectStart -= keep;
    this.stringStart -= keep;
  }
}
