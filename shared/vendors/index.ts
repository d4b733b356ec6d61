import type { LintRule } from '../audit/types';
import type { VendorProfile } from '../scim/schema/types';
import { genericVendor } from './generic';
import { howspaceVendor } from './howspace';
import { officerndVendor } from './officernd';
import { officespaceVendor } from './officespace';
import type { RecommendedMapping } from './recommended-mapping';
import type { Vendor } from './types';

export type * from '../scim/schema/types';
export type { RecommendedMapping } from './recommended-mapping';
export type { Vendor, VendorDetection } from './types';

/** Every vendor the product knows. Add a vendor: copy a folder, list it here. */
export const VENDORS: readonly Vendor[] = [genericVendor, howspaceVendor, officerndVendor, officespaceVendor];

export const VENDOR_PROFILES: readonly VendorProfile[] = VENDORS.map((vendor) => vendor.profile);
export const RECOMMENDED_MAPPINGS: readonly RecommendedMapping[] = VENDORS.map((vendor) => vendor.recommended);
export const VENDOR_LINT_RULES: readonly LintRule[] = VENDORS.flatMap((vendor) => vendor.rules);

export const DEFAULT_PROFILE_ID = 'generic';

export function profileById(id: string): VendorProfile | undefined {
  return VENDOR_PROFILES.find((profile) => profile.id === id.toLowerCase());
}

export function recommendedMappingFor(profileId: string): RecommendedMapping | undefined {
  return RECOMMENDED_MAPPINGS.find((r) => r.profileId === profileId.toLowerCase());
}

/**
 * The vendor profile id of an app: from its synchronization template id, else from its name (vendors
 * such as OfficeRnD are set up as non-gallery customappsso apps), else `generic` for any other
 * customappsso app; null for apps we have no profile for.
 */
export function vendorProfileOf(templateId: string | null | undefined, displayName?: string | null): string | null {
  for (const candidate of [templateId, displayName]) {
    if (!candidate) continue;
    const vendor = VENDORS.find(({ detection }) => detection.app?.test(candidate));
    if (vendor) return vendor.profile.id;
  }
  if (!templateId) return null;
  return VENDORS.find(({ detection }) => detection.templateFallback?.test(templateId))?.profile.id ?? null;
}
