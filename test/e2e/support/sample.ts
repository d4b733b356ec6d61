/**
 * What the bundled sample tenant (sample-tenant/) contains, as the E2E specs rely on
 * it. If the sample changes, this is the one place to follow it.
 */
const apps = {
  howspace: 'Howspace',
  officeRnd: 'OfficeRnD Workplace',
  officeSpace: 'OfficeSpace Software',
  /** Entra's non-gallery SCIM app (customappsso) with the default mappings, lightly edited. */
  generic: 'Fabrikam Expenses (SCIM)',
  genericPaused: 'Litware HR Portal',
} as const;

export const SAMPLE = {
  tenantId: '3b7e9c41-5a2d-4f86-b0c3-9d14e8a6f27b',
  tenantLabel: 'Contoso (sample)',
  defaultDomain: 'contoso.com',
  apps,
  appNames: Object.values(apps) as string[],
  mappings: { howspaceUsers: /Users to Howspace$/ },
  scoped: {
    app: apps.howspace,
    objectMapping: /Users to Howspace$/,
    clauseText: 'companyName equals "Contoso Ltd"',
  },
  defaultAccess: { app: apps.officeSpace, principal: 'Daniel Okafor' },
  nested: { app: apps.generic, group: 'Sales', via: 'Sales - EMEA' },
  quarantine: { app: apps.officeSpace, reason: 'EncounteredQuarantineException' },
} as const;
