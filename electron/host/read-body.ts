import type { IncomingMessage } from 'node:http';
import { AppError } from '../../shared/errors';

/** Reads a request body, refusing (without buffering the rest) anything larger than `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    discard(req);
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        discard(req);
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Lets the rest of an over-large body drain unbuffered, so the client can still read our 413. */
function discard(req: IncomingMessage): void {
  req.resume();
}

function tooLarge(limit: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The request is larger than ${Math.round(limit / 1024 / 1024)} MB, the most this channel accepts.`);
}
