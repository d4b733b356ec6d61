import type { GraphOrganization } from '../shared/graph/organization';

export const SAMPLE_TENANT_ID = '3b7e9c41-5a2d-4f86-b0c3-9d14e8a6f27b';
/** The tenant's `displayName` in the snapshot, so every screen labels it as the sample without special cases. */
export const SAMPLE_TENANT_NAME = 'Contoso (sample)';
export const SAMPLE_DEFAULT_DOMAIN = 'contoso.com';
export const SAMPLE_INITIAL_DOMAIN = 'contoso.onmicrosoft.com';
/** The company name the people carry in `companyName`. */
export const SAMPLE_COMPANY = 'Contoso Ltd';

/** appId (without dashes) of the app that owns the tenant's directory extensions. */
export const SAMPLE_EXTENSION_APP_ID = '8f3c2a1b9d4e4f7a8b6c5d4e3f2a1b0c';
export const COST_CENTER_EXTENSION = `extension_${SAMPLE_EXTENSION_APP_ID}_costCenter`;

export function buildOrganization(): GraphOrganization {
  return {
    id: SAMPLE_TENANT_ID,
    displayName: SAMPLE_TENANT_NAME,
    countryLetterCode: 'US',
    preferredLanguage: 'en',
    tenantType: 'AAD',
    createdDateTime: '2016-03-14T17:21:45Z',
    verifiedDomains: [
      { name: SAMPLE_INITIAL_DOMAIN, isDefault: false, isInitial: true, capabilities: 'Email, OfficeCommunicationsOnline', type: 'Managed' },
      { name: SAMPLE_DEFAULT_DOMAIN, isDefault: true, isInitial: false, capabilities: 'Email, OfficeCommunicationsOnline', type: 'Managed' },
    ],
  };
}
