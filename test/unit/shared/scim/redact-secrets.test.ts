import { describe, expect, it } from 'vitest';
import { ALWAYS_SECRET, redactBody, REDACTED, secretAttributeNames } from '../../../../shared/scim/redact-secrets';
import { str } from '../../../../shared/scim/schema/attributes';
import { PROFILE, USERS } from './scim-fixture';

const SECRETS = new Set(['password', 'pin']);

describe('secretAttributeNames', () => {
  it('names password and every attribute the profile never returns, lower-cased', () => {
    const withPin = { ...PROFILE, resources: { ...PROFILE.resources, User: { ...USERS, schema: { ...USERS.schema, attributes: [...USERS.schema.attributes, str('PIN', { returned: 'never' })] } } } };
    expect([...secretAttributeNames(withPin)]).toEqual(['password', 'pin']);
    expect([...ALWAYS_SECRET]).toEqual(['password']);
  });
});

describe('redactBody', () => {
  it('leaves null and bodies that name no secret untouched', () => {
    expect(redactBody(null, SECRETS)).toBeNull();
    expect(redactBody('{"userName":"ann"}', SECRETS)).toBe('{"userName":"ann"}');
  });

  it('redacts secret attributes at any depth, by full URN path too', () => {
    expect(redactBody('{"userName":"ann","Password":"p1","x":[{"pin":1}],"urn:ietf:params:scim:schemas:core:2.0:User:password":"p2"}', SECRETS)).toBe(
      `{"userName":"ann","Password":"${REDACTED}","x":[{"pin":"${REDACTED}"}],"urn:ietf:params:scim:schemas:core:2.0:User:password":"${REDACTED}"}`,
    );
  });

  it('redacts the value of a PATCH operation whose path ends in a secret', () => {
    expect(redactBody('{"Operations":[{"op":"replace","path":"password","value":"p1"},{"op":"replace","path":"title","value":"Boss"}]}', SECRETS)).toBe(
      `{"Operations":[{"op":"replace","path":"password","value":"${REDACTED}"},{"op":"replace","path":"title","value":"Boss"}]}`,
    );
  });

  it('blanks secret pairs textually in a body that is not JSON', () => {
    expect(redactBody('{"password": "p1", "pin": 1234, broken', SECRETS)).toBe(`{"password": "${REDACTED}", "pin": "${REDACTED}", broken`);
  });
});
