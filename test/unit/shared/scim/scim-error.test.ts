import { describe, expect, it } from 'vitest';
import { badRequest, notFound, ScimError } from '../../../../shared/scim/scim-error';

describe('ScimError', () => {
  it('carries the status, detail and scimType of a 400', () => {
    const error = badRequest('invalidPath', 'The PATCH path is empty.');
    expect(error).toBeInstanceOf(ScimError);
    expect([error.name, error.status, error.scimType, error.detail, error.message]).toEqual(['ScimError', 400, 'invalidPath', 'The PATCH path is empty.', 'The PATCH path is empty.']);
  });

  it('has no scimType on a 404', () => {
    const error = notFound('User u-1 not found.');
    expect([error.status, error.scimType, error.detail]).toEqual([404, undefined, 'User u-1 not found.']);
  });
});
