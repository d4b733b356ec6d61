import zlib from 'node:zlib';

/** Records per block: a detail view inflates one block (about 0.3 MB of JSON, under a millisecond). */
export const RECORDS_PER_BLOCK = 256;

/** How a block's bytes are encoded; stored with every block so a later format can sit beside this one. */
export const BLOCK_CODEC = 'br-lines';

/**
 * Packs record JSON texts into Brotli blocks (quality 0: Brotli's fastest setting, still ~14× smaller
 * on provisioning logs, whose records repeat the same keys and step texts). A record's text never
 * holds a raw line break, so a block is its records joined by "\n".
 */
export function packBlocks(texts: ReadonlyArray<string | Buffer>): Uint8Array[] {
  const blocks: Uint8Array[] = [];
  for (let start = 0; start < texts.length; start += RECORDS_PER_BLOCK) blocks.push(packBlock(texts.slice(start, start + RECORDS_PER_BLOCK)));
  return blocks;
}

const NEWLINE = Buffer.from('\n');

/** One block: up to RECORDS_PER_BLOCK texts, each a string or its UTF-8 bytes. */
export function packBlock(texts: ReadonlyArray<string | Buffer>): Uint8Array {
  const parts: Buffer[] = [];
  texts.forEach((text, i) => {
    if (i > 0) parts.push(NEWLINE);
    parts.push(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
  });
  const joined = Buffer.concat(parts);
  return zlib.brotliCompressSync(joined, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 0, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: joined.length } });
}

/** The record texts of one stored block, in order. */
export function unpackBlock(codec: string, data: Uint8Array): string[] {
  if (codec !== BLOCK_CODEC) throw new Error(`unknown provisioning-log block codec "${codec}"`);
  return zlib.brotliDecompressSync(data).toString('utf8').split('\n');
}

/**
 * The JSON stored for a record: its own text (or the bytes it was read as) when that is already
 * v1.0 JSON on one line, else the record serialized again.
 */
export function storedJson(record: unknown, renamed: boolean, original: string | Buffer | undefined): string | Buffer {
  if (renamed || original === undefined) return JSON.stringify(record);
  return (typeof original === 'string' ? original.includes('\n') : original.includes(0x0a)) ? JSON.stringify(record) : original;
}

/** Which block of a batch (0-based) and which line of it hold the record at `position` of the batch. */
export const blockOf = (position: number): { block: number; line: number } => ({ block: Math.floor(position / RECORDS_PER_BLOCK), line: position % RECORDS_PER_BLOCK });
