import { describe, expect, it } from 'vitest';
import { userSourceValues } from '../../../sample-tenant/source-values';
import { SAMPLE_GUEST } from './sample-users';

describe('sample source values', () => {
  it('present a user under Entra source attribute names, booleans as "True"/"False"', () => {
    const values = userSourceValues(SAMPLE_GUEST, false);
    expect(values).toMatchObject({
      objectId: 'u1',
      mobile: '+1 425 555 0100',
      telephoneNumber: '+1 206 555 0101',
      physicalDeliveryOfficeName: 'Seattle HQ/2.010',
      accountEnabled: 'True',
      IsSoftDeleted: 'False',
      // A B2B guest: Entra drops "#EXT#" and the tenant domain (scim-entra §4.12 item 42).
      userPrincipalName: 'chris.green_fabrikam.com',
      originalUserPrincipalName: SAMPLE_GUEST.userPrincipalName,
    });
  });
});
