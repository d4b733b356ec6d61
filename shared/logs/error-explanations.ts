/** A plain-language reading of an Entra provisioning error code, and what an admin should try. */
export interface ErrorExplanation {
  code: string;
  title: string;
  cause: string;
  fix: string;
  /** The service retries by itself (about every 40 minutes); often nothing needs doing. */
  transient: boolean;
}

const RETRIED = 'The service retries it in the next cycle (about 40 minutes); act only if it keeps failing.';

/**
 * Every code of the error table in the Entra provisioning-logs documentation (graph-facts §1.5).
 * Codes in real logs often carry the app's name in front ("ContosoEntryConflict",
 * "SystemForCrossDomainIdentityManagement…"), so lookups match on the end of the code.
 */
const EXPLANATIONS: readonly ErrorExplanation[] = [
  { code: 'EntryConflict', title: 'Conflicting account in the app', cause: 'The app already has an account or group with the same unique value (often userName or email), and the service could not match it to this identity.', fix: 'Find the existing account in the app. If it is the same person, make the matching attribute agree (or add a matching attribute the app can filter on) so the service takes it over; otherwise change the value in Entra ID or in the app.', transient: false },
  { code: 'Conflict', title: 'Conflict (HTTP 409)', cause: 'The app answered 409: the object already exists there or its state does not allow the change.', fix: 'Check the object in the app for a duplicate unique value, then fix the value in Entra ID or remove the duplicate in the app.', transient: false },
  { code: 'TooManyRequests', title: 'The app throttled the service (HTTP 429)', cause: 'The app limited how fast the provisioning service may call it.', fix: `${RETRIED} If it persists, ask the vendor to raise the rate limit for the provisioning client.`, transient: true },
  { code: 'InternalServerError', title: 'The app failed (HTTP 500)', cause: 'The app hit an internal error while handling the request.', fix: `${RETRIED} If it repeats for the same user, send the change ID and the request details to the vendor.`, transient: true },
  { code: 'InsufficientRights', title: 'Not allowed by the app', cause: 'The credentials the service uses are not allowed to do this operation in the app.', fix: 'Give the provisioning credentials (token or service account) the permission the app needs, then use Test Connection and restart provisioning.', transient: false },
  { code: 'MethodNotAllowed', title: 'Operation not supported (HTTP 405)', cause: 'The app does not allow this HTTP method on this endpoint (for example PATCH or DELETE).', fix: 'Check the tenant URL and the app\'s SCIM documentation; turn off the action in Settings → Target object actions if the app cannot do it.', transient: false },
  { code: 'NotPermitted', title: 'Not permitted', cause: 'The app refused the operation for the credentials or the object.', fix: 'Check the permissions of the provisioning credentials and whether the object is protected in the app.', transient: false },
  { code: 'Unauthorized', title: 'Credentials rejected (HTTP 401)', cause: 'The app did not accept the secret token or credentials, which may have expired or been revoked.', fix: 'Generate a new token in the app, paste it under Admin Credentials, click Test Connection, then save.', transient: false },
  { code: 'UnprocessableEntity', title: 'The app could not process the request (HTTP 422)', cause: 'The request was well-formed but a value broke one of the app\'s rules (format, length, allowed values).', fix: 'Read the reason text for the attribute, then fix the source value or the mapping expression that produces it.', transient: false },
  { code: 'WebExceptionProtocolError', title: 'HTTP error from the app', cause: 'The app answered with an HTTP error the service has no specific code for.', fix: 'Read the HTTP status and response in the reason, and check the app\'s SCIM endpoint and logs.', transient: false },
  { code: 'InvalidAnchor', title: 'The linked account no longer exists in the app', cause: 'An account the service created or matched earlier was deleted or changed in the app outside provisioning.', fix: 'Restart provisioning with "clear current state" so the service matches again, or re-create the account in the app.', transient: false },
  { code: 'NotImplemented', title: 'Not implemented by the app (HTTP 501)', cause: 'The app does not implement the SCIM operation or filter the service used.', fix: 'Check the app supports the operation (PATCH, filtering on the matching attribute); change the matching attribute or turn the action off.', transient: false },
  { code: 'MandatoryFieldsMissing', title: 'A required value is empty', cause: 'An attribute the app requires evaluated to nothing for this identity.', fix: 'Fill in the source attribute in Entra ID, or map the required target attribute from one that always has a value (or a default).', transient: false },
  { code: 'MissingValues', title: 'A required value is empty', cause: 'One or more attributes the service needs to create or match the object have no value.', fix: 'Fill in the source attribute, or give the mapping a default value.', transient: false },
  { code: 'SchemaAttributeNotFound', title: 'Attribute unknown to the app', cause: 'A mapping sends an attribute the app\'s schema does not have.', fix: 'Remove the mapping or correct the target attribute name; compare with the app\'s /Schemas endpoint.', transient: false },
  { code: 'InternalError', title: 'Provisioning service error', cause: 'Something failed inside the Entra provisioning service.', fix: `${RETRIED} If it repeats, open a support case with the change ID.`, transient: true },
  { code: 'InvalidDomain', title: 'Domain not accepted', cause: 'A value (usually userName or email) uses a domain the app does not accept.', fix: 'Verify the domain in the app, or transform the value in the mapping (for example with Replace()).', transient: false },
  { code: 'Timeout', title: 'The app did not answer in time', cause: 'The request to the app timed out.', fix: `${RETRIED} If it repeats, check the app's performance and availability.`, transient: true },
  { code: 'LicenseLimitExceeded', title: 'Out of licences in the app', cause: 'The app has no licence left for a new account.', fix: 'Buy or free up licences in the app, or narrow the provisioning scope.', transient: false },
  { code: 'DuplicateTargetEntries', title: 'Several matching accounts in the app', cause: 'More than one object in the app matched the matching attributes, so the service cannot tell which to update.', fix: 'Remove or merge the duplicates in the app, or choose a matching attribute that is unique there.', transient: false },
  { code: 'DuplicateSourceEntries', title: 'Several matching identities in Entra ID', cause: 'More than one object in Entra ID has the same value for the matching attribute.', fix: 'Make the matching attribute unique in Entra ID, or match on a different attribute.', transient: false },
  { code: 'ImportSkipped', title: 'Skipped at import', cause: 'The service skipped the object while reading it, usually because a required or matching attribute is empty.', fix: 'Give the object a value for the matching attribute, or check the scoping filters.', transient: false },
  { code: 'EntrySynchronizationSkipped', title: 'Skipped: out of scope', cause: 'The identity is not in scope: not assigned, filtered out by a scoping filter, or lacking the required role.', fix: 'Assign the user or group to the app and check the scoping filters; nothing to do if it is meant to be out of scope.', transient: false },
  { code: 'SystemForCrossDomainIdentityManagementMultipleEntriesInResponse', title: 'The app returned several matches', cause: 'A SCIM filter query for the matching attribute returned more than one resource.', fix: 'Remove duplicates in the app, or check the app honours the filter (it may be ignoring it and returning everything).', transient: false },
  { code: 'SystemForCrossDomainIdentityManagementServiceIncompatible', title: 'The app\'s SCIM answer is not compatible', cause: 'The app\'s response did not follow what the service expects from SCIM (shape, status code or content type).', fix: 'Validate the endpoint with the SCIM validator or this app\'s SCIM tester, and ask the vendor to fix the response.', transient: false },
  { code: 'ServiceIncompatible', title: 'Response not compatible', cause: 'The target answered in a way the service could not understand.', fix: 'Check the endpoint\'s responses against the SCIM standard; contact the vendor with the change ID.', transient: false },
  { code: 'SchemaPropertyCanOnlyAcceptValue', title: 'Value not allowed for this property', cause: 'The target property accepts only specific values and received another one.', fix: 'Change the mapping so it sends one of the allowed values (a Switch() expression helps).', transient: false },
  { code: 'RedundantExport', title: 'Nothing to change', cause: 'The object is already the same in Entra ID and in the app.', fix: 'Nothing to do.', transient: false },
];

const SORTED = [...EXPLANATIONS].sort((a, b) => b.code.length - a.code.length);

/** The explanation for a code, matched exactly or by its ending (app-prefixed codes). */
export function explainErrorCode(code: string | null | undefined): ErrorExplanation | undefined {
  if (!code) return undefined;
  const lower = code.toLowerCase();
  return SORTED.find((e) => lower === e.code.toLowerCase()) ?? SORTED.find((e) => lower.endsWith(e.code.toLowerCase()));
}

export const KNOWN_ERROR_CODES: readonly string[] = EXPLANATIONS.map((e) => e.code);
