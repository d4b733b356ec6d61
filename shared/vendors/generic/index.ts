import type { Vendor } from '../types';
import { genericProfile } from './profile';
import { GENERIC_RECOMMENDED } from './recommended';

export const genericVendor: Vendor = {
  profile: genericProfile,
  recommended: GENERIC_RECOMMENDED,
  detection: { templateFallback: /^(customappsso|scim)/i },
  rules: [],
};
