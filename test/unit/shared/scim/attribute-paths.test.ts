import { describe, expect, it } from 'vitest';
import { allSchemas, filterablePaths, jsonKeys, leafOf, requireAttribute, resolveAttribute, resolveSubAttribute, splitSchemaPrefix } from '../../../../shared/scim/attribute-paths';
import { ENTERPRISE, USERS, scimErrorOf } from './scim-fixture';

const names = (resolved: ReturnType<typeof resolveAttribute>) => resolved && { schema: resolved.schema, extension: resolved.extension, attribute: resolved.attribute.name, sub: resolved.sub?.name };

describe('allSchemas', () => {
  it('lists the core schema, then the extensions', () => {
    expect(allSchemas(USERS).map((s) => [s.schema.id, s.extension])).toEqual([
      ['urn:ietf:params:scim:schemas:core:2.0:User', false],
      [ENTERPRISE, true],
    ]);
  });
});

describe('splitSchemaPrefix', () => {
  it('splits an extension URN off the attribute path, in any case', () => {
    expect(splitSchemaPrefix(USERS, `${ENTERPRISE.toUpperCase()}:manager.value`)).toEqual({ schemaId: ENTERPRISE, extension: true, rest: 'manager.value' });
  });

  it('returns an empty rest for a bare schema URN', () => {
    expect(splitSchemaPrefix(USERS, ENTERPRISE)).toEqual({ schemaId: ENTERPRISE, extension: true, rest: '' });
  });

  it('leaves a path without a known URN whole', () => {
    expect(splitSchemaPrefix(USERS, 'name.givenName')).toEqual({ schemaId: null, extension: false, rest: 'name.givenName' });
  });
});

describe('resolveAttribute', () => {
  it('resolves common, core and sub-attributes case-insensitively', () => {
    expect(names(resolveAttribute(USERS, 'ID'))).toEqual({ schema: null, extension: false, attribute: 'id', sub: undefined });
    expect(names(resolveAttribute(USERS, 'Name.GivenName'))).toEqual({ schema: 'urn:ietf:params:scim:schemas:core:2.0:User', extension: false, attribute: 'name', sub: 'givenName' });
  });

  it('resolves an extension attribute with or without its URN', () => {
    expect(names(resolveAttribute(USERS, `${ENTERPRISE}:manager.value`))).toEqual({ schema: ENTERPRISE, extension: true, attribute: 'manager', sub: 'value' });
    expect(names(resolveAttribute(USERS, 'department'))).toEqual({ schema: ENTERPRISE, extension: true, attribute: 'department', sub: undefined });
  });

  it('returns undefined for unknown attributes, unknown sub-attributes and a bare URN', () => {
    expect(resolveAttribute(USERS, 'nickName')).toBeUndefined();
    expect(resolveAttribute(USERS, 'name.middleName')).toBeUndefined();
    expect(resolveAttribute(USERS, ENTERPRISE)).toBeUndefined();
  });
});

describe('resolveSubAttribute and leafOf', () => {
  it('resolves a sub-attribute relative to its parent, and leafOf names it', () => {
    const emails = resolveAttribute(USERS, 'emails')!;
    const type = resolveSubAttribute(emails, 'TYPE')!;
    expect(leafOf(type).name).toBe('type');
    expect(leafOf(emails).name).toBe('emails');
    expect(resolveSubAttribute(emails, 'nope')).toBeUndefined();
  });
});

describe('jsonKeys', () => {
  it('nests extension attributes under their URN', () => {
    expect(jsonKeys(resolveAttribute(USERS, 'manager.value')!)).toEqual([ENTERPRISE, 'manager', 'value']);
    expect(jsonKeys(resolveAttribute(USERS, 'name.familyName')!)).toEqual(['name', 'familyName']);
    expect(jsonKeys(resolveAttribute(USERS, 'externalId')!)).toEqual(['externalId']);
  });
});

describe('filterablePaths', () => {
  it('lists filterable attributes, single-valued complex ones by their sub-attributes, extensions by URN', () => {
    expect(filterablePaths(USERS)).toEqual([
      'id',
      'externalId',
      'userName',
      'name.givenName',
      'name.familyName',
      'active',
      'loginCount',
      'emails',
      'createdBy',
      `${ENTERPRISE}:department`,
      `${ENTERPRISE}:manager.value`,
      `${ENTERPRISE}:manager.displayName`,
    ]);
  });
});

describe('requireAttribute', () => {
  it('returns the resolved attribute', () => {
    expect(names(requireAttribute(USERS, 'userName', 'invalidPath'))).toEqual({ schema: 'urn:ietf:params:scim:schemas:core:2.0:User', extension: false, attribute: 'userName', sub: undefined });
  });

  it('answers 400 with the given scimType for an unknown attribute', () => {
    expect(scimErrorOf(() => requireAttribute(USERS, 'nickName', 'invalidFilter'))).toEqual({ status: 400, scimType: 'invalidFilter', detail: '"nickName" is not an attribute of User in this profile.' });
  });
});
