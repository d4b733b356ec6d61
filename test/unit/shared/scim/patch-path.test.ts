import { describe, expect, it } from 'vitest';
import { filterablePaths } from '../../../../shared/scim/attribute-paths';
import { parsePatchPath } from '../../../../shared/scim/patch-path';
import { ENTERPRISE, USERS, scimErrorOf } from './scim-fixture';

/** A parsed path with attributes reduced to their names. */
const shape = (raw: string) => JSON.parse(JSON.stringify(parsePatchPath(USERS, raw), (key, value) => (key === 'attribute' || key === 'sub' ? value.name : value)));

describe('parsePatchPath', () => {
  it('resolves a plain attribute path', () => {
    expect(shape(' name.givenName ')).toEqual({ attr: { schema: 'urn:ietf:params:scim:schemas:core:2.0:User', extension: false, attribute: 'name', sub: 'givenName' } });
  });

  it('names a whole extension object', () => {
    expect(parsePatchPath(USERS, ENTERPRISE)).toEqual({ extensionOnly: ENTERPRISE });
  });

  it('resolves a value filter and the sub-attribute after it', () => {
    const core = 'urn:ietf:params:scim:schemas:core:2.0:User';
    expect(shape('emails[type eq "work"].value')).toEqual({
      attr: { schema: core, extension: false, attribute: 'emails' },
      filter: { kind: 'compare', op: 'eq', attr: { schema: core, extension: false, attribute: 'emails', sub: 'type' }, value: 'work' },
      subAfterFilter: { schema: core, extension: false, attribute: 'emails', sub: 'value' },
    });
  });

  it('finds the closing bracket outside quoted text', () => {
    expect(shape('emails[value eq "a]b"]').filter.value).toBe('a]b');
  });

  it('refuses malformed paths with 400 invalidPath', () => {
    const detail = (raw: string) => scimErrorOf(() => parsePatchPath(USERS, raw));
    expect(detail('  ')).toEqual({ status: 400, scimType: 'invalidPath', detail: 'The PATCH path is empty.' });
    expect(detail('emails[type eq "work"').detail).toBe('The PATCH path "emails[type eq "work"" has an unclosed "[".');
    expect(detail('userName[value eq "x"]').detail).toBe('"userName" is not a multi-valued complex attribute, so "userName[value eq "x"]" cannot filter it.');
    expect(detail('emails[type eq "work"]value').detail).toBe('The PATCH path "emails[type eq "work"]value" has unexpected text after "]".');
    expect(detail('emails[type eq "work"].nope').detail).toBe('"nope" is not a sub-attribute of emails.');
    expect(detail('nickName').detail).toBe('"nickName" is not an attribute of User in this profile.');
  });

  it('reports a bad value filter as an invalid path', () => {
    expect(scimErrorOf(() => parsePatchPath(USERS, 'emails[nope eq "x"]'))).toEqual({
      status: 400,
      scimType: 'invalidPath',
      detail: `The filter in PATCH path "emails[nope eq "x"]" is not valid: Filtering on "nope" is not supported by this endpoint's profile. Filterable User attributes: ${filterablePaths(USERS).join(', ')}.`,
    });
  });
});
