import type { Vendor } from '../types';
import { howspaceProfile } from './profile';
import { HOWSPACE_RECOMMENDED } from './recommended';

export const howspaceVendor: Vendor = {
  profile: howspaceProfile,
  recommended: HOWSPACE_RECOMMENDED,
  detection: { app: /howspace/i },
  rules: [],
};
