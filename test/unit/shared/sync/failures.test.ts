import { describe, expect, it } from 'vitest';
import { engineError, httpFailure, invalidAnchor, MULTIPLE_ENTRIES, SERVICE_INCOMPATIBLE, serviceIncompatible, transportFailure } from '../../../../shared/sync/failures';

describe('httpFailure: HTTP status → Entra error code', () => {
  it.each([
    [400, 'WebExceptionProtocolError', 'nonServiceFailure'],
    [401, 'Unauthorized', 'nonServiceFailure'],
    [403, 'InsufficientRights', 'nonServiceFailure'],
    [404, 'WebExceptionProtocolError', 'nonServiceFailure'],
    [405, 'MethodNotAllowed', 'nonServiceFailure'],
    [409, 'EntryConflict', 'nonServiceFailure'],
    [412, 'WebExceptionProtocolError', 'nonServiceFailure'],
    [418, 'WebExceptionProtocolError', 'nonServiceFailure'],
    [422, 'UnprocessableEntity', 'nonServiceFailure'],
    [429, 'TooManyRequests', 'failure'],
    [500, 'InternalServerError', 'failure'],
    [501, 'NotImplemented', 'nonServiceFailure'],
    [503, 'InternalServerError', 'failure'],
  ])('%i → %s (%s)', (status, code, category) => {
    const error = httpFailure(status, { detail: 'x' }, 'Howspace', 'User', 'creating');
    expect(error.errorCode).toBe(code);
    expect(error.errorCategory).toBe(category);
    expect(error.additionalDetails).toBe(`HTTP ${status}`);
  });

  it('quotes the status and the web response in the reason', () => {
    expect(httpFailure(409, { detail: 'userName taken' }, 'Howspace', 'User', 'creating').reason).toBe(
      'Message: Howspace returned an error response with the HTTP status code 409 while creating the User. Web Response: {"detail":"userName taken"}',
    );
    expect(httpFailure(500, null, 'Howspace', 'Group', 'updating').reason).toBe('Message: Howspace returned an error response with the HTTP status code 500 while updating the Group.');
  });
});

describe('the other failures', () => {
  it('InvalidAnchor, ServiceIncompatible, MultipleEntries, Timeout, connection failures', () => {
    expect(invalidAnchor('Howspace', 'User', 'u1', null)).toMatchObject({ errorCode: 'InvalidAnchor', additionalDetails: 'HTTP 404', errorCategory: 'nonServiceFailure' });
    expect(serviceIncompatible('Howspace', 200, '<html></html>', 'a SCIM ListResponse')).toMatchObject({
      errorCode: 'SystemForCrossDomainIdentityManagementServiceIncompatible',
      reason: 'Howspace answered HTTP 200 with a body that is not a SCIM ListResponse: <html></html>',
    });
    expect(SERVICE_INCOMPATIBLE).toBe('SystemForCrossDomainIdentityManagementServiceIncompatible');
    expect(MULTIPLE_ENTRIES).toBe('SystemForCrossDomainIdentityManagementMultipleEntriesInResponse');
    expect(transportFailure('timeout', 'no answer within 5 s', 'Howspace')).toMatchObject({ errorCode: 'Timeout', errorCategory: 'failure' });
    expect(transportFailure('network', 'ECONNREFUSED', 'Howspace')).toMatchObject({ errorCode: 'WebExceptionProtocolError', errorCategory: 'failure' });
    expect(engineError('RedundantExport', 'same', null)).toEqual({ errorCode: 'RedundantExport', reason: 'same', errorCategory: 'nonServiceFailure', recommendedAction: null, additionalDetails: null });
  });
});
