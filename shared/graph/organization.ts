import { z } from 'zod';

/** One entry of `organization.verifiedDomains`. */
export const verifiedDomainSchema = z.looseObject({
  name: z.string(),
  isDefault: z.boolean(),
  isInitial: z.boolean(),
  capabilities: z.string().nullable().optional(),
  type: z.string().nullable().optional(),
});
export type VerifiedDomain = z.infer<typeof verifiedDomainSchema>;

/** `GET /organization` — the tenant itself. */
export const organizationSchema = z.looseObject({
  id: z.string().min(1),
  displayName: z.string(),
  verifiedDomains: z.array(verifiedDomainSchema),
  countryLetterCode: z.string().nullable().optional(),
  preferredLanguage: z.string().nullable().optional(),
  tenantType: z.string().nullable().optional(),
  createdDateTime: z.string().nullable().optional(),
});
export type GraphOrganization = z.infer<typeof organizationSchema>;
