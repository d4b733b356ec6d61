import { describe, expect, it } from 'vitest';
import { explainErrorCode, KNOWN_ERROR_CODES } from '../../../../shared/logs/error-explanations';

/** The codes graph-facts §1.5 lists from the Entra documentation's error table. */
const DOCUMENTED = 'Conflict EntryConflict TooManyRequests InternalServerError InsufficientRights MethodNotAllowed NotPermitted Unauthorized UnprocessableEntity WebExceptionProtocolError InvalidAnchor NotImplemented MandatoryFieldsMissing MissingValues SchemaAttributeNotFound InternalError InvalidDomain Timeout LicenseLimitExceeded DuplicateTargetEntries DuplicateSourceEntries ImportSkipped EntrySynchronizationSkipped SystemForCrossDomainIdentityManagementMultipleEntriesInResponse SystemForCrossDomainIdentityManagementServiceIncompatible SchemaPropertyCanOnlyAcceptValue'.split(' ');

describe('explainErrorCode', () => {
  it.each(DOCUMENTED)('explains %s with a cause and a fix', (code) => {
    const explanation = explainErrorCode(code);
    expect(explanation?.code).toBe(code);
    expect(explanation!.cause.length).toBeGreaterThan(20);
    expect(explanation!.fix.length).toBeGreaterThan(10);
  });

  it('matches app-prefixed codes on their ending, preferring the longest known code', () => {
    expect(explainErrorCode('ContosoEntryConflict')?.code).toBe('EntryConflict');
    expect(explainErrorCode('HowspaceConflict')?.code).toBe('Conflict');
    expect(explainErrorCode('systemforcrossdomainidentitymanagementserviceincompatible')?.code).toBe('SystemForCrossDomainIdentityManagementServiceIncompatible');
  });

  it('marks the retried codes as transient and knows nothing of unknown codes', () => {
    expect(explainErrorCode('TooManyRequests')?.transient).toBe(true);
    expect(explainErrorCode('EntryConflict')?.transient).toBe(false);
    expect(explainErrorCode('SomethingNew')).toBeUndefined();
    expect(explainErrorCode(null)).toBeUndefined();
    expect(new Set(KNOWN_ERROR_CODES).size).toBe(KNOWN_ERROR_CODES.length);
  });
});
