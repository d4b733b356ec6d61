import type { GraphUser } from '../../../shared/graph/user';

/** A guest with phones, an office and no department, as the sample's source-value tests use it. */
export const SAMPLE_GUEST: GraphUser = {
  id: 'u1',
  userPrincipalName: 'chris.green_fabrikam.com#EXT#@contoso.onmicrosoft.com',
  givenName: 'Chris',
  surname: 'Green',
  mobilePhone: '+1 425 555 0100',
  businessPhones: ['+1 206 555 0101'],
  officeLocation: 'Seattle HQ/2.010',
  accountEnabled: true,
  companyName: 'Fabrikam',
  department: null,
};
