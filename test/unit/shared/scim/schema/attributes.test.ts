import { describe, expect, it } from 'vitest';
import { attr, commonAttributes, CORE_GROUP_ATTRIBUTES, CORE_USER_ATTRIBUTES, ENTERPRISE_USER_ATTRIBUTES, multi, pick, str, withFilterable } from '../../../../../shared/scim/schema/attributes';

describe('attr and str', () => {
  it("fill in RFC 7643's defaults, which overrides replace", () => {
    expect(attr('size', 'integer')).toEqual({ name: 'size', type: 'integer', multiValued: false, required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none', filterable: true });
    expect(str('code', { caseExact: true, filterable: false })).toEqual({ name: 'code', type: 'string', multiValued: false, required: false, caseExact: true, mutability: 'readWrite', returned: 'default', uniqueness: 'none', filterable: false });
  });
});

describe('multi', () => {
  it('builds a multi-valued complex attribute with value, display, type and primary, plus extras', () => {
    const photos = multi('photos', ['photo'], [str('note')], 'reference');
    expect([photos.type, photos.multiValued]).toEqual(['complex', true]);
    expect(photos.subAttributes!.map((s) => [s.name, s.type])).toEqual([
      ['value', 'reference'],
      ['display', 'string'],
      ['type', 'string'],
      ['primary', 'boolean'],
      ['note', 'string'],
    ]);
    expect(photos.subAttributes![2]!.canonicalValues).toEqual(['photo']);
  });
});

describe('withFilterable', () => {
  it('marks the named attributes and their sub-attributes filterable, every other one not', () => {
    const marked = withFilterable([str('userName'), multi('emails', ['work']), str('title')], new Set(['emails']));
    expect(marked.map((a) => [a.name, a.filterable, a.subAttributes?.every((s) => s.filterable)])).toEqual([
      ['userName', false, undefined],
      ['emails', true, true],
      ['title', false, undefined],
    ]);
  });
});

describe('pick', () => {
  it('keeps the named attributes in the order given', () => {
    expect(pick(CORE_USER_ATTRIBUTES, ['active', 'userName']).map((a) => a.name)).toEqual(['active', 'userName']);
  });

  it('throws on a name the list lacks', () => {
    expect(() => pick(CORE_USER_ATTRIBUTES, ['password'])).toThrow('unknown attribute password');
  });
});

describe('the RFC 7643 attribute lists', () => {
  it('name every core User attribute except password', () => {
    expect(CORE_USER_ATTRIBUTES.map((a) => a.name)).toEqual([
      'userName', 'name', 'displayName', 'nickName', 'profileUrl', 'title', 'userType', 'preferredLanguage', 'locale', 'timezone', 'active',
      'emails', 'phoneNumbers', 'ims', 'photos', 'addresses', 'groups', 'entitlements', 'roles', 'x509Certificates',
    ]);
  });

  it('name the enterprise extension and the Group attributes', () => {
    expect(ENTERPRISE_USER_ATTRIBUTES.map((a) => a.name)).toEqual(['employeeNumber', 'costCenter', 'organization', 'division', 'department', 'manager']);
    expect(CORE_GROUP_ATTRIBUTES.map((a) => [a.name, a.required, a.uniqueness])).toEqual([
      ['displayName', true, 'server'],
      ['members', false, 'none'],
    ]);
  });
});

describe('commonAttributes', () => {
  it('keeps id filterable and makes externalId and meta filterable as the vendor allows', () => {
    const common = commonAttributes({ externalIdFilterable: false, metaFilterable: true });
    expect(common.map((a) => [a.name, a.filterable, a.mutability])).toEqual([
      ['id', true, 'readOnly'],
      ['externalId', false, 'readWrite'],
      ['meta', true, 'readOnly'],
    ]);
    expect(common[2]!.subAttributes!.map((s) => [s.name, s.type, s.filterable])).toEqual([
      ['resourceType', 'string', true],
      ['created', 'dateTime', true],
      ['lastModified', 'dateTime', true],
      ['location', 'reference', true],
      ['version', 'string', true],
    ]);
  });
});
