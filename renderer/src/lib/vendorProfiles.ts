/** Display names of the vendor profile ids the core reports (vendorProfileOf in shared/vendors). */
const VENDOR_PROFILE_NAMES: Readonly<Record<string, string>> = {
  howspace: 'Howspace profile',
  officernd: 'OfficeRnD Workplace profile',
  officespace: 'OfficeSpace Software profile',
  generic: 'Generic SCIM profile',
};

export function vendorProfileName(profileId: string): string {
  return VENDOR_PROFILE_NAMES[profileId] ?? profileId;
}

/** "Howspace profile · template howspace" — what an app is configured from, in one line. */
export function configurationLine(vendorProfile: string | null, templateId: string | null): string {
  const parts = [
    vendorProfile ? vendorProfileName(vendorProfile) : null,
    templateId ? `template ${templateId}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : 'No provisioning template';
}
