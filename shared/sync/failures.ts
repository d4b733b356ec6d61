import type { EngineError, ObjectKind } from './types';

/**
 * The error code Entra logs for a failed request to a SCIM target. Decision: codes are written
 * without the app-name prefix real logs sometimes carry ("ContosoEntryConflict"), except the two
 * Entra documents with the SCIM prefix (…MultipleEntriesInResponse, …ServiceIncompatible); the log
 * viewer's explanations match on the end of a code, so both spellings explain the same way.
 */
export const SCIM_PREFIX = 'SystemForCrossDomainIdentityManagement';
export const SERVICE_INCOMPATIBLE = `${SCIM_PREFIX}ServiceIncompatible`;
export const MULTIPLE_ENTRIES = `${SCIM_PREFIX}MultipleEntriesInResponse`;

const RETRIED = 'Nothing to do if it passes: the provisioning service retries this change in the next cycle (about 40 minutes).';

interface StatusFacts {
  code: string;
  transient: boolean;
  recommendedAction: string;
}

const BY_STATUS: Record<number, StatusFacts> = {
  400: { code: 'WebExceptionProtocolError', transient: false, recommendedAction: 'Read the target\'s error detail: a mapped value or attribute name is not accepted. Fix the mapping or the source value.' },
  401: { code: 'Unauthorized', transient: false, recommendedAction: 'Create a new Secret Token in the app, paste it into Admin Credentials, select Test Connection, then restart provisioning.' },
  403: { code: 'InsufficientRights', transient: false, recommendedAction: 'Give the provisioning credentials the permissions the vendor\'s guide lists, then restart provisioning.' },
  404: { code: 'WebExceptionProtocolError', transient: false, recommendedAction: 'Check the Tenant URL: the target answered 404 for a path every SCIM service serves.' },
  405: { code: 'MethodNotAllowed', transient: false, recommendedAction: 'The target does not allow this method; turn the action off under Target Object Actions, or ask the vendor.' },
  409: { code: 'EntryConflict', transient: false, recommendedAction: 'An object with the same unique value already exists in the app and was not matched. Make a matching attribute agree with it (one the app can filter on), or change the value.' },
  412: { code: 'WebExceptionProtocolError', transient: false, recommendedAction: 'The target rejected a precondition (ETag); check the app for concurrent changes.' },
  422: { code: 'UnprocessableEntity', transient: false, recommendedAction: 'A value breaks one of the app\'s rules; read the reason and fix the source value or the mapping.' },
  429: { code: 'TooManyRequests', transient: true, recommendedAction: RETRIED },
  500: { code: 'InternalServerError', transient: true, recommendedAction: RETRIED },
  501: { code: 'NotImplemented', transient: false, recommendedAction: 'The app does not implement this SCIM operation or filter; choose another matching attribute or turn the action off.' },
};

function truncated(text: string, max = 600): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function bodyText(body: unknown): string {
  if (body === null || body === undefined) return '';
  return truncated(typeof body === 'string' ? body : JSON.stringify(body));
}

/** A failed HTTP answer as Entra's errorInformation: the reason quotes the status and the web response. */
export function httpFailure(status: number, body: unknown, target: string, kind: ObjectKind, doing: string): EngineError {
  const facts = BY_STATUS[status] ?? (status >= 500 ? { code: 'InternalServerError', transient: true, recommendedAction: RETRIED } : BY_STATUS[400]!);
  const web = bodyText(body);
  return {
    errorCode: facts.code,
    reason: `Message: ${target} returned an error response with the HTTP status code ${status} while ${doing} the ${kind}.${web ? ` Web Response: ${web}` : ''}`,
    errorCategory: facts.transient ? 'failure' : 'nonServiceFailure',
    recommendedAction: facts.recommendedAction,
    additionalDetails: `HTTP ${status}`,
  };
}

/** A linked object the target no longer has (§4.12 item 34). */
export function invalidAnchor(target: string, kind: ObjectKind, targetId: string, body: unknown): EngineError {
  const web = bodyText(body);
  return {
    errorCode: 'InvalidAnchor',
    reason: `The ${kind} linked to ${target} id '${targetId}' was not found there (HTTP 404): it was deleted or changed in the app outside provisioning.${web ? ` Web Response: ${web}` : ''}`,
    errorCategory: 'nonServiceFailure',
    recommendedAction: 'Make sure the account exists in the app, or reset the link (Restart provisioning with "clear state" in Entra; "Reset Entra state" here) so the object is matched again.',
    additionalDetails: 'HTTP 404',
  };
}

/** An answer that is not SCIM: HTML, plain text, or JSON without the shape SCIM requires. */
export function serviceIncompatible(target: string, status: number, body: unknown, expected: string): EngineError {
  return {
    errorCode: SERVICE_INCOMPATIBLE,
    reason: `${target} answered HTTP ${status} with a body that is not ${expected}: ${bodyText(body) || '(empty)'}`,
    errorCategory: 'nonServiceFailure',
    recommendedAction: 'The endpoint must answer with SCIM JSON (application/scim+json). Check the Tenant URL (it must end at the SCIM base, e.g. …/scim/v2) and ask the vendor to fix the response.',
    additionalDetails: `HTTP ${status}`,
  };
}

export function transportFailure(kind: 'timeout' | 'network', message: string, target: string): EngineError {
  return kind === 'timeout'
    ? { errorCode: 'Timeout', reason: `${target} did not answer within the time limit: ${message}`, errorCategory: 'failure', recommendedAction: RETRIED, additionalDetails: null }
    : {
        errorCode: 'WebExceptionProtocolError',
        reason: `The service could not connect to ${target}: ${message}`,
        errorCategory: 'failure',
        recommendedAction: 'Check the Tenant URL and that the endpoint is running and reachable; then run Test Connection.',
        additionalDetails: null,
      };
}

export function engineError(errorCode: string, reason: string, recommendedAction: string | null, errorCategory: EngineError['errorCategory'] = 'nonServiceFailure'): EngineError {
  return { errorCode, reason, errorCategory, recommendedAction, additionalDetails: null };
}
