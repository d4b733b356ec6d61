import { describe, expect, it } from 'vitest';
import { DIRECTORY_EXTENSION_PATTERN, userSchema } from '../../../../shared/graph/user';

const EXTENSION = 'extension_8f3c2a1b9d4e4f7a8b6c5d4e3f2a1b0c_costCenter';

const USER = {
  id: 'cdb555e3-b33e-4fd5-a427-17fadacbdfa7',
  userPrincipalName: 'asa.oberg@contoso.com',
  displayName: 'Åsa Öberg',
  givenName: 'Åsa',
  surname: 'Öberg',
  mail: null,
  accountEnabled: true,
  businessPhones: ['+46 8 555 0100'],
  onPremisesExtensionAttributes: { extensionAttribute1: 'CC-2100', extensionAttribute2: null },
  deletedDateTime: null,
  manager: { '@odata.type': '#microsoft.graph.user', id: '4b778be9-f324-415b-93ad-c9b2c697ed45', displayName: 'Rafael Mendoza' },
  [EXTENSION]: 'CC-2100',
  '@odata.etag': 'W/"abc"',
};

describe('userSchema', () => {
  it('accepts a user with a null mail, extension attributes and an expanded manager', () => {
    const user = userSchema.parse(USER);
    expect(user.mail).toBeNull();
    expect(user.manager?.displayName).toBe('Rafael Mendoza');
    expect(user.onPremisesExtensionAttributes?.extensionAttribute1).toBe('CC-2100');
  });

  it('keeps directory extension properties and OData annotations', () => {
    const user = userSchema.parse(USER);
    expect(user[EXTENSION]).toBe('CC-2100');
    expect(user['@odata.etag']).toBe('W/"abc"');
    expect(user.manager?.['@odata.type']).toBe('#microsoft.graph.user');
    expect(DIRECTORY_EXTENSION_PATTERN.test(EXTENSION)).toBe(true);
  });

  it('requires id and userPrincipalName only', () => {
    expect(userSchema.safeParse({ id: 'u1', userPrincipalName: 'u1@contoso.com' }).success).toBe(true);
    const result = userSchema.safeParse({ id: 'u1' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['userPrincipalName']]);
  });
});
