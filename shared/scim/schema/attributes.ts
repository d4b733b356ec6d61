import type { AttributeDefinition, AttributeType } from './types';

/** Builds an attribute definition with RFC 7643's defaults (single-valued, optional, readWrite, filterable). */
export function attr(name: string, type: AttributeType, overrides: Partial<AttributeDefinition> = {}): AttributeDefinition {
  return {
    name,
    type,
    multiValued: false,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    filterable: true,
    ...overrides,
  };
}

export const str = (name: string, overrides: Partial<AttributeDefinition> = {}) => attr(name, 'string', overrides);

/** A multi-valued complex attribute with the usual value/display/type/primary sub-attributes. */
export function multi(name: string, types: readonly string[], extra: AttributeDefinition[] = [], valueType: AttributeType = 'string'): AttributeDefinition {
  return attr(name, 'complex', {
    multiValued: true,
    subAttributes: [
      attr('value', valueType),
      str('display'),
      str('type', { canonicalValues: types }),
      attr('primary', 'boolean'),
      ...extra,
    ],
  });
}

/** Marks every attribute (and sub-attribute) filterable or not, keeping `id`-like rules to the caller. */
export function withFilterable(attributes: readonly AttributeDefinition[], filterable: ReadonlySet<string>): AttributeDefinition[] {
  return attributes.map((a) => {
    const sub = a.subAttributes?.map((s) => ({ ...s, filterable: filterable.has(a.name) }));
    return { ...a, filterable: filterable.has(a.name), ...(sub ? { subAttributes: sub } : {}) };
  });
}

/** Keeps only the named attributes, in the order given. */
export function pick(attributes: readonly AttributeDefinition[], names: readonly string[]): AttributeDefinition[] {
  return names.map((n) => {
    const found = attributes.find((a) => a.name === n);
    if (!found) throw new Error(`unknown attribute ${n}`);
    return found;
  });
}

const nameAttribute = attr('name', 'complex', {
  subAttributes: ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'].map((n) => str(n)),
});

const addressAttribute = attr('addresses', 'complex', {
  multiValued: true,
  subAttributes: [
    ...['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country'].map((n) => str(n)),
    str('type', { canonicalValues: ['work', 'home', 'other'] }),
    attr('primary', 'boolean'),
  ],
});

const groupsAttribute = attr('groups', 'complex', {
  multiValued: true,
  mutability: 'readOnly',
  subAttributes: [
    str('value', { mutability: 'readOnly' }),
    attr('$ref', 'reference', { mutability: 'readOnly', referenceTypes: ['Group'] }),
    str('display', { mutability: 'readOnly' }),
    str('type', { mutability: 'readOnly', canonicalValues: ['direct', 'indirect'] }),
  ],
});

/** RFC 7643 §4.1: every User attribute (password omitted: this endpoint never accepts one). */
export const CORE_USER_ATTRIBUTES: readonly AttributeDefinition[] = [
  str('userName', { required: true, uniqueness: 'server' }),
  nameAttribute,
  str('displayName'),
  str('nickName'),
  attr('profileUrl', 'reference', { referenceTypes: ['external'] }),
  str('title'),
  str('userType'),
  str('preferredLanguage'),
  str('locale'),
  str('timezone'),
  attr('active', 'boolean'),
  multi('emails', ['work', 'home', 'other']),
  multi('phoneNumbers', ['work', 'home', 'mobile', 'fax', 'pager', 'other']),
  multi('ims', ['aim', 'gtalk', 'icq', 'xmpp', 'msn', 'skype', 'qq', 'yahoo']),
  multi('photos', ['photo', 'thumbnail'], [], 'reference'),
  addressAttribute,
  groupsAttribute,
  multi('entitlements', []),
  multi('roles', []),
  multi('x509Certificates', [], [], 'binary'),
];

/** RFC 7643 §4.3 enterprise extension. */
export const ENTERPRISE_USER_ATTRIBUTES: readonly AttributeDefinition[] = [
  str('employeeNumber'),
  str('costCenter'),
  str('organization'),
  str('division'),
  str('department'),
  attr('manager', 'complex', {
    subAttributes: [
      str('value'),
      attr('$ref', 'reference', { referenceTypes: ['User'] }),
      str('displayName', { mutability: 'readOnly' }),
    ],
  }),
];

/** RFC 7643 §4.2. displayName is unique here because Entra matches groups on it. */
export const CORE_GROUP_ATTRIBUTES: readonly AttributeDefinition[] = [
  str('displayName', { required: true, uniqueness: 'server' }),
  attr('members', 'complex', {
    multiValued: true,
    subAttributes: [
      str('value', { mutability: 'immutable' }),
      attr('$ref', 'reference', { mutability: 'immutable', referenceTypes: ['User', 'Group'] }),
      str('display', { mutability: 'readOnly' }),
      str('type', { mutability: 'immutable', canonicalValues: ['User', 'Group'] }),
    ],
  }),
];

/** RFC 7643 §3.1 common attributes. `id` is always filterable: Entra's membership probe filters on it. */
export function commonAttributes(options: { externalIdFilterable: boolean; metaFilterable: boolean }): AttributeDefinition[] {
  const meta = (name: string, type: AttributeType) => attr(name, type, { mutability: 'readOnly', caseExact: true, filterable: options.metaFilterable });
  return [
    str('id', { caseExact: true, mutability: 'readOnly', returned: 'always', uniqueness: 'server' }),
    str('externalId', { caseExact: true, filterable: options.externalIdFilterable }),
    attr('meta', 'complex', {
      mutability: 'readOnly',
      filterable: options.metaFilterable,
      subAttributes: [meta('resourceType', 'string'), meta('created', 'dateTime'), meta('lastModified', 'dateTime'), meta('location', 'reference'), meta('version', 'string')],
    }),
  ];
}
