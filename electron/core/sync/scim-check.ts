import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { runScimCheck, type ScimCheckOptions, type ScimCheckReport } from '../../../shared/sync/scim-check';
import { createHttpTransport } from './http-transport';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;
const WRONG_TOKEN = 'pwb-probe-wrong-token-0000000000000000';

export interface ScimCheckRequest {
  baseUrl: string;
  token: string;
  /** From the app's mappings (scimCheckOptionsOf); default userName / displayName. */
  mapping?: Pick<ScimCheckOptions, 'matching' | 'written'>;
  /** The write round trip: the caller has the admin's explicit confirmation. */
  write?: boolean;
  timeoutMs?: number;
}

/** Test Connection and the compatibility probe over HTTP: https only (plain http on 127.0.0.1), the token never recorded. */
export async function checkScimEndpoint(request: ScimCheckRequest): Promise<ScimCheckReport> {
  let url: URL;
  try {
    url = new URL(request.baseUrl);
  } catch {
    throw new AppError('BAD_REQUEST', `Not a URL: ${request.baseUrl}`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new AppError('BAD_REQUEST', `The SCIM URL must use https (plain http is allowed only on this machine, 127.0.0.1): ${url.protocol}//${url.host} would send the token unencrypted.`);
  }
  const timeoutMs = request.timeoutMs ?? 15_000;
  return runScimCheck(createHttpTransport({ baseUrl: request.baseUrl, token: request.token, timeoutMs }), {
    ...(request.mapping ?? {}),
    wrongToken: createHttpTransport({ baseUrl: request.baseUrl, token: WRONG_TOKEN, timeoutMs }),
    write: request.write ?? false,
    newGuid: randomUUID,
  });
}
