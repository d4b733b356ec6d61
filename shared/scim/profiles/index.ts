import { genericProfile } from './generic';
import { howspaceProfile } from './howspace';
import { officerndProfile } from './officernd';
import { officespaceProfile } from './officespace';
import type { VendorProfile } from './types';

export type * from './types';

/** Every vendor profile the local SCIM endpoint can emulate and the audit can lint against. Add a profile: add a file, list it here. */
export const VENDOR_PROFILES: readonly VendorProfile[] = [genericProfile, howspaceProfile, officerndProfile, officespaceProfile];

export const DEFAULT_PROFILE_ID = 'generic';

export function profileById(id: string): VendorProfile | undefined {
  return VENDOR_PROFILES.find((profile) => profile.id === id.toLowerCase());
}
