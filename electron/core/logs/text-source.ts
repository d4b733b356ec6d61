import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { AppError } from '../../../shared/errors';

/** A file opened as a stream of text chunks, gzip undone, with byte progress of the file on disk. */
export interface TextSource {
  file: string;
  size: number;
  compressed: boolean;
  /** The first chunk of text (enough to tell the format). */
  head: string;
  chunks(): AsyncGenerator<string>;
  /** The same content as raw UTF-8 bytes (byte-order mark removed); use either this or chunks(), once. */
  bytes(): AsyncGenerator<Buffer>;
  bytesRead(): number;
  close(): void;
}

const MAGIC: Array<[number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive: extract it and import the files inside'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'a SQLite database (to open a workspace use --data-dir or --db)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old-style Office document (save it as CSV first)'],
];

export function notALogFile(file: string, what: string): AppError {
  return new AppError('BAD_REQUEST', `${file} is not a provisioning-log file: it looks like ${what}. Import the portal's JSON or CSV download, a Graph response, JSON lines, or an AADProvisioningLogs export.`);
}

function damaged(file: string, compressed: boolean, bytesRead: number, size: number, error: unknown): AppError {
  const reason = (error as Error)?.message ?? String(error);
  return new AppError(
    'BAD_REQUEST',
    compressed
      ? `${file} is a damaged gzip file: ${reason} (${bytesRead} of its ${size} bytes read). Download or copy it again.`
      : `Cannot read ${file}: ${reason} (after byte ${bytesRead}).`,
  );
}

export async function openTextSource(file: string): Promise<TextSource> {
  let size: number;
  try {
    size = (await fs.promises.stat(file)).size;
  } catch (error) {
    throw new AppError('IO_ERROR', `Cannot read ${file}: ${(error as Error).message}`);
  }
  const handle = await fs.promises.open(file, 'r');
  const probe = Buffer.alloc(8);
  const { bytesRead: probed } = await handle.read(probe, 0, 8, 0);
  await handle.close();
  const compressed = probed >= 2 && probe[0] === 0x1f && probe[1] === 0x8b;
  if (!compressed) {
    for (const [magic, what] of MAGIC) {
      if (magic.every((byte, i) => probe[i] === byte)) throw notALogFile(file, what);
    }
  }
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const input: AsyncIterable<Buffer> = compressed ? stream.pipe(zlib.createGunzip()) : stream;
  const raw = input[Symbol.asyncIterator]();
  // A damaged gzip (wrong checksum or length, cut short) fails while streaming: say which file and where.
  const iterator = {
    next: async (): Promise<IteratorResult<Buffer>> => {
      try {
        return (await raw.next()) as IteratorResult<Buffer>;
      } catch (error) {
        stream.destroy();
        throw damaged(file, compressed, stream.bytesRead, size, error);
      }
    },
  };
  const decoder = new StringDecoder('utf8');
  const firstRead = await iterator.next();
  let firstBytes: Buffer | null = firstRead.done ? null : (firstRead.value as Buffer);
  if (firstBytes && firstBytes[0] === 0xef && firstBytes[1] === 0xbb && firstBytes[2] === 0xbf) firstBytes = firstBytes.subarray(3);
  if (firstBytes?.includes(0)) {
    stream.destroy();
    throw notALogFile(file, 'a binary file');
  }
  const nextText = async (): Promise<string | null> => {
    for (;;) {
      const { value, done } = await iterator.next();
      if (done) {
        const tail = decoder.end();
        return tail === '' ? null : tail;
      }
      const text = decoder.write(value);
      if (text !== '') return text;
    }
  };
  const firstChunk = firstBytes ? decoder.write(firstBytes) : null;
  const head = firstChunk ?? '';
  return {
    file,
    size,
    compressed,
    head,
    async *chunks() {
      if (firstChunk) yield firstChunk;
      for (let text = await nextText(); text !== null; text = await nextText()) yield text;
    },
    async *bytes() {
      if (firstBytes) yield firstBytes;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value as Buffer;
    },
    bytesRead: () => stream.bytesRead,
    close: () => stream.destroy(),
  };
}
