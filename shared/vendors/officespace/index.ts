import type { Vendor } from '../types';
import { officespaceProfile } from './profile';
import { OFFICESPACE_RECOMMENDED } from './recommended';
import { OFFICESPACE_RULES } from './rules';

export const officespaceVendor: Vendor = {
  profile: officespaceProfile,
  recommended: OFFICESPACE_RECOMMENDED,
  detection: { app: /office\s*space/i },
  rules: OFFICESPACE_RULES,
};
