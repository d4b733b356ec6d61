import type { IncomingMessage } from 'node:http';
import { AppError } from '../../shared/errors';
import { readBody as readLimitedBody } from '../core/http/read-body';

/** Reads a request body, refusing (without buffering the rest) anything larger than `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return readLimitedBody(
    req,
    limit,
    () => new AppError('PAYLOAD_TOO_LARGE', `The request is larger than ${Math.round(limit / 1024 / 1024)} MB, the most this channel accepts.`),
  );
}
