/** Vendor profiles the product knows; `generic` is Entra's non-gallery SCIM app (customappsso). */
export const VENDOR_PROFILE_IDS = ['howspace', 'officernd', 'officespace', 'generic'] as const;
export type VendorProfileId = (typeof VENDOR_PROFILE_IDS)[number];

const VENDORS: Array<[RegExp, VendorProfileId]> = [
  [/howspace/i, 'howspace'],
  [/office\s*rnd/i, 'officernd'],
  [/office\s*space/i, 'officespace'],
];
const GENERIC_TEMPLATE = /^(customappsso|scim)/i;

/**
 * The vendor profile of an app: from its synchronization template id, else from its name (vendors
 * such as OfficeRnD are set up as non-gallery customappsso apps), else `generic` for any other
 * customappsso app; null for apps we have no profile for.
 */
export function vendorProfileOf(templateId: string | null | undefined, displayName?: string | null): VendorProfileId | null {
  for (const candidate of [templateId, displayName]) {
    if (!candidate) continue;
    for (const [pattern, profile] of VENDORS) if (pattern.test(candidate)) return profile;
  }
  return templateId && GENERIC_TEMPLATE.test(templateId) ? 'generic' : null;
}
