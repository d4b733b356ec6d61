import type { IncomingMessage } from 'node:http';
import { ScimError } from '../../../../shared/scim/scim-error';

/** Reads a request body up to `limit` bytes; more → 413 (the rest drains unbuffered so the client reads the answer). */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => new ScimError(413, `The request body is larger than ${limit} bytes, the most this endpoint accepts.`);
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
