import type { Vendor } from '../types';
import { officerndProfile } from './profile';
import { OFFICERND_RECOMMENDED } from './recommended';
import { OFFICERND_RULES } from './rules';

export const officerndVendor: Vendor = {
  profile: officerndProfile,
  recommended: OFFICERND_RECOMMENDED,
  detection: { app: /office\s*rnd/i },
  rules: OFFICERND_RULES,
};
