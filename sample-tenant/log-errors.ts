import type { ProvisioningErrorInfo } from '../shared/graph/provisioning-log';

/** Error codes from the Entra provisioning-log error table (graph-facts §1.5) that the sample uses. */
export type ErrorKey =
  | 'EntryConflict'
  | 'DuplicateTargetEntries'
  | 'SchemaAttributeNotFound'
  | 'MandatoryFieldsMissing'
  | 'InvalidAnchor'
  | 'TooManyRequests'
  | 'Timeout'
  | 'InsufficientRights'
  | 'Unauthorized'
  | 'UnprocessableEntity'
  | 'InternalServerError'
  | 'InvalidDomain'
  | 'LicenseLimitExceeded'
  | 'SystemForCrossDomainIdentityManagementMultipleEntriesInResponse';

const RETRY = 'Nothing to do: the provisioning service retries this change automatically in the next cycle (about 40 minutes).';

interface ErrorFacts {
  status: number | null;
  /** What the service says happened; `{target}`, `{object}`, `{id}`, `{attr}` are filled in. */
  reason: string;
  recommendedAction: string | null;
  scimDetail?: string;
  scimType?: string;
}

const FACTS: Record<ErrorKey, ErrorFacts> = {
  EntryConflict: {
    status: 409,
    reason: 'The target rejected the request because a {object} with the same unique value already exists there.',
    scimType: 'uniqueness',
    scimDetail: '{object} with userName \'{id}\' already exists.',
    recommendedAction:
      'Fix the conflicting value in Entra ID or in the app. If the existing account should have been taken over, check that a matching attribute is configured and that the app can filter on it.',
  },
  DuplicateTargetEntries: {
    status: null,
    reason: 'More than one {object} in {target} matched the configured matching attributes, so the service cannot tell which one to update.',
    recommendedAction: 'Remove or merge the duplicate accounts in the app, or choose a matching attribute that is unique.',
  },
  SchemaAttributeNotFound: {
    status: 400,
    reason: 'The request referenced the attribute \'{attr}\', which does not exist in {target}.',
    scimType: 'invalidPath',
    scimDetail: 'Attribute \'{attr}\' is not defined in the schema.',
    recommendedAction: 'Remove the mapping or correct the target attribute name in the attribute mappings, then check the app\'s schema.',
  },
  MandatoryFieldsMissing: {
    status: null,
    reason: 'The {object} could not be created because a required value is missing: \'{attr}\' evaluated to null for \'{id}\'.',
    recommendedAction: 'Fill in the source attribute, or map the required target attribute from an attribute that always has a value.',
  },
  InvalidAnchor: {
    status: 404,
    reason: 'A {object} that the service created or matched earlier no longer exists in {target}.',
    scimDetail: 'Resource {id} not found.',
    recommendedAction: 'Make sure the account exists in the app. To match all accounts again, restart the provisioning job (this starts a full cycle).',
  },
  TooManyRequests: {
    status: 429,
    reason: '{target} is throttling requests and rejected this one (HTTP 429 Too Many Requests).',
    recommendedAction: RETRY,
  },
  Timeout: {
    status: null,
    reason: '{target} did not answer within the time limit, so the operation was abandoned.',
    recommendedAction: RETRY,
  },
  InsufficientRights: {
    status: 403,
    reason: 'The service authenticated to {target}, but the account behind the secret token is not allowed to change this {object}.',
    scimDetail: 'The token does not grant write access to this resource.',
    recommendedAction: 'Give the integration account the permissions the vendor\'s provisioning guide lists, then restart provisioning.',
  },
  Unauthorized: {
    status: 401,
    reason: '{target} rejected the credentials (HTTP 401 Unauthorized). The secret token was revoked or has expired.',
    scimDetail: 'Invalid or expired bearer token.',
    recommendedAction: 'Create a new SCIM token in the app, paste it into Admin Credentials, select Test Connection, then restart provisioning.',
  },
  UnprocessableEntity: {
    status: 422,
    reason: '{target} could not process the {object}: the request body did not satisfy its rules.',
    scimType: 'invalidValue',
    scimDetail: 'Required attribute \'{attr}\' is missing.',
    recommendedAction: 'Compare the attribute mappings with the app\'s required attributes and the values this user has.',
  },
  InternalServerError: {
    status: 500,
    reason: '{target} returned an unexpected error (HTTP 500).',
    recommendedAction: RETRY,
  },
  InvalidDomain: {
    status: 400,
    reason: 'An attribute value uses an e-mail domain that {target} does not accept.',
    scimDetail: 'Domain is not allowed for this tenant.',
    recommendedAction: 'Add the domain to the app\'s allowed domains, or map an address in an allowed domain.',
  },
  LicenseLimitExceeded: {
    status: 403,
    reason: 'The {object} could not be created in {target} because no licences are left.',
    scimDetail: 'Seat limit reached.',
    recommendedAction: 'Buy more licences in the app, or review who is assigned to it.',
  },
  SystemForCrossDomainIdentityManagementMultipleEntriesInResponse: {
    status: null,
    reason: 'A lookup by the matching attribute returned several {object}s from {target}; the service expects at most one.',
    recommendedAction: 'Make sure the app\'s filter on the matching attribute returns exact matches only, or pick a unique matching attribute.',
  },
};

export interface ErrorSubject {
  target: string;
  object: 'User' | 'Group';
  id: string;
  attr?: string;
}

function fill(template: string, subject: ErrorSubject): string {
  return template
    .replaceAll('{target}', subject.target)
    .replaceAll('{object}', subject.object)
    .replaceAll('{id}', subject.id)
    .replaceAll('{attr}', subject.attr ?? 'userName');
}

const cache = new Map<string, ProvisioningErrorInfo>();

/** The `errorInformation` of a failed record: the reason quotes the SCIM error body when there is one. */
export function errorInformation(key: ErrorKey, subject: ErrorSubject): ProvisioningErrorInfo {
  const cacheKey = `${key}|${subject.target}|${subject.object}|${subject.id}|${subject.attr ?? ''}`;
  let info = cache.get(cacheKey);
  if (!info) {
    info = buildErrorInformation(key, subject);
    if (cache.size > 5_000) cache.clear();
    cache.set(cacheKey, info);
  }
  return { ...info };
}

function buildErrorInformation(key: ErrorKey, subject: ErrorSubject): ProvisioningErrorInfo {
  const facts = FACTS[key];
  let reason = fill(facts.reason, subject);
  if (facts.status !== null) {
    const body: Record<string, string> = { schemas: 'urn:ietf:params:scim:api:messages:2.0:Error', status: String(facts.status) };
    if (facts.scimType) body.scimType = facts.scimType;
    if (facts.scimDetail) body.detail = fill(facts.scimDetail, subject);
    const webResponse = JSON.stringify({ ...body, schemas: [body.schemas] });
    reason = `Message: ${subject.target} returned an error response with the HTTP status code ${facts.status}. ${reason} Web Response: ${webResponse}`;
  }
  return {
    errorCode: key,
    reason,
    additionalDetails: facts.status === null ? null : `HTTP ${facts.status}`,
    errorCategory: key === 'TooManyRequests' || key === 'Timeout' || key === 'InternalServerError' ? 'failure' : 'nonServiceFailure',
    recommendedAction: facts.recommendedAction,
  };
}

/** Export failures at the HTTP level fail the export step; the rest fail while deciding what to do. */
export function failsAtExport(key: ErrorKey): boolean {
  return !['DuplicateTargetEntries', 'MandatoryFieldsMissing', 'SystemForCrossDomainIdentityManagementMultipleEntriesInResponse'].includes(key);
}
