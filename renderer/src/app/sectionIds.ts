/** The sections' ids, apart from their (lazily loaded) screens, so links to them load nothing. */
export const SECTION_IDS = {
  logs: 'logs',
  scim: 'scim',
  signIn: 'signin',
} as const;
