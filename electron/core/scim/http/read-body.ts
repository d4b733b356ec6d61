import type { IncomingMessage } from 'node:http';
import { ScimError } from '../../../../shared/scim/scim-error';
import { readBody as readLimitedBody } from '../../http/read-body';

/** Reads a SCIM request body up to `limit` bytes; more is a SCIM 413. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return readLimitedBody(req, limit, () => new ScimError(413, `The request body is larger than ${limit} bytes, the most this endpoint accepts.`));
}
