import { AppError, type ErrorCode } from '../../../shared/errors';
import { redactText } from '../logger';
import { describeRequiredAccess, isSynchronizationPath, NON_PREMIUM_TENANT_CODE, requiredAccessFor, type RequiredAccess } from './required-permissions';

export interface GraphErrorInit {
  /** HTTP status, or 0 when the request never got an answer (network failure). */
  status: number;
  method: string;
  /** Path relative to the Graph version root, query included (never a token). */
  path: string;
  graphCode?: string | undefined;
  graphMessage?: string | undefined;
  cause?: unknown;
}

/** A failed Graph request: says which request failed and, for 403, what to ask the tenant admin for. */
export class GraphError extends AppError {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly graphCode: string | undefined;
  readonly requiredAccess: RequiredAccess | undefined;

  constructor(init: GraphErrorInit) {
    const path = redactText(init.path);
    const resource = path.split('?')[0] ?? path;
    const access = init.status === 403 || (init.status === 401 && isSynchronizationPath(resource)) ? requiredAccessFor(init.method, resource) : undefined;
    super(codeFor(init.status), messageFor(init, path, access));
    this.name = 'GraphError';
    this.status = init.status;
    this.method = init.method;
    this.path = path;
    this.graphCode = init.graphCode;
    this.requiredAccess = access;
  }
}

export function isGraphError(value: unknown): value is GraphError {
  return value instanceof GraphError;
}

/**
 * Graph answers 401 (not 403) on `/synchronization/…` when the signed-in user holds none of the
 * roles the API needs (e.g. a Global Reader): access denied for that app, not an expired sign-in.
 * (The client has already retried the 401 once with a refreshed token.)
 */
export function isSynchronizationDenied(error: unknown): error is GraphError {
  return isGraphError(error) && (error.status === 401 || error.status === 403) && isSynchronizationPath(error.path.split('?')[0] ?? error.path);
}

/** The licence 403: the tenant has no Entra ID P1/P2, so permissions would not help. */
export function isLicenceRequired(error: unknown): error is GraphError {
  return isGraphError(error) && error.status === 403 && error.graphCode === NON_PREMIUM_TENANT_CODE;
}

function codeFor(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 400) return 'BAD_REQUEST';
  return 'IO_ERROR';
}

/** The request as the admin reads it: the path, and the query only when it is short enough to help. */
function describeRequest(method: string, path: string): string {
  const [resource = path, query] = path.split('?');
  return `${method} ${query && query.length <= 60 ? path : resource}`;
}

function messageFor(init: GraphErrorInit, path: string, access: RequiredAccess | undefined): string {
  const request = describeRequest(init.method, path);
  const graph = init.graphCode ? ` ${init.graphCode}` : '';
  const detail = init.graphMessage ? `: ${redactText(init.graphMessage).replace(/[.\s]+$/, '')}` : '';
  if (init.status === 0) {
    const reason = init.cause instanceof Error ? `: ${redactText(init.cause.message)}` : '';
    return `Microsoft Graph could not be reached (${request})${reason}. Check the network connection and the Graph endpoint.`;
  }
  if (init.status === 401 && access) {
    return `Microsoft Graph denied ${request} (401${graph}): the synchronization API answers 401 when the signed-in user holds none of the directory roles it needs. Ask your tenant admin for ${describeRequiredAccess(access)}.`;
  }
  if (init.status === 401) return `Microsoft Graph rejected the sign-in (${request}, 401${graph}). Sign in again.`;
  if (init.status === 403 && init.graphCode === NON_PREMIUM_TENANT_CODE) {
    return `Microsoft Graph refused ${request} (403${graph}): this tenant has no Microsoft Entra ID P1 or P2 licence, which reading provisioning logs through Graph requires. More permissions will not help; download the logs from the Entra admin center and import the file instead.`;
  }
  if (init.status === 403) {
    const ask = access ? ` Ask your tenant admin for ${describeRequiredAccess(access)}.` : ' Ask your tenant admin for access to this resource.';
    return `Microsoft Graph denied ${request} (403${graph})${detail}.${ask}`;
  }
  if (init.status === 429) return `Microsoft Graph kept throttling ${request} (429${graph}); try again in a few minutes.`;
  return `Microsoft Graph answered ${init.status}${graph} to ${request}${detail}`;
}
