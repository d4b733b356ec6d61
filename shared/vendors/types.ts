import type { LintRule } from '../audit/types';
import type { VendorProfile } from '../scim/schema/types';
import type { RecommendedMapping } from './recommended-mapping';

/** How Entra apps of a vendor are recognised. */
export interface VendorDetection {
  /** Tested against the app's provisioning template id, then its name (vendors set up as non-gallery apps have only a name). */
  app?: RegExp;
  /** Tested against the template id only, after every vendor's `app` pattern failed (the generic profile's customappsso). */
  templateFallback?: RegExp;
}

/** Everything the product knows about one vendor, from its provisioning guide (see the folder's SOURCE.md). */
export interface Vendor {
  /** The SCIM schema and behaviours the local endpoint emulates and the audit lints against. */
  profile: VendorProfile;
  /** The attribute mappings the guide recommends. */
  recommended: RecommendedMapping;
  detection: VendorDetection;
  /** Lint rules only this vendor's guide asks for; rules driven by profile behaviours live in shared/audit. */
  rules: readonly LintRule[];
}
