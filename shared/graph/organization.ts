import { z } from 'zod';
import { booleanOr, liberalDate, liberalString, listOf } from './liberal';

/** One entry of `organization.verifiedDomains`. */
export const verifiedDomainSchema = z.looseObject({
  name: z.string(),
  /** Absent on some Graph answers and exports: reads as false. */
  isDefault: booleanOr(false),
  isInitial: booleanOr(false),
  capabilities: liberalString(),
  type: liberalString(),
});
export type VerifiedDomain = z.infer<typeof verifiedDomainSchema>;

/** `GET /organization` — the tenant itself. */
export const organizationSchema = z.looseObject({
  id: z.string().min(1),
  displayName: z.preprocess((v) => v ?? '', z.string()),
  verifiedDomains: listOf(verifiedDomainSchema),
  countryLetterCode: liberalString(),
  preferredLanguage: liberalString(),
  tenantType: liberalString(),
  createdDateTime: liberalDate(),
});
export type GraphOrganization = z.infer<typeof organizationSchema>;
