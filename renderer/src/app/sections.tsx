import type { ReactNode } from 'react';
import type { TenantSummary } from '../../../shared/ipc/dto/apps';
import { LogsSection } from '../features/logs/LogsSection';
import { SCIM_SECTION_ID, ScimEndpointSection } from '../features/scim/ScimEndpointSection';
import { SIGN_IN_SECTION_ID, SignInSection } from '../features/signin/SignInSection';

/** What a section screen gets from the shell. */
export interface SectionProps {
  tenant: TenantSummary;
  tenants: readonly TenantSummary[];
  /** The section's own place (hash segments after `~<id>`). */
  path: readonly string[];
  /** Moves within the section; the shell keeps it in the URL hash. */
  navigate(path: readonly string[]): void;
}

/**
 * A top-level screen beside the enterprise apps (e.g. the local SCIM endpoint, provisioning logs).
 * Each feature adds itself to SECTIONS; the header shows the list once there is more than the apps.
 */
export interface Section {
  id: string;
  label: string;
  render(props: SectionProps): ReactNode;
}

export const SECTIONS: readonly Section[] = [
  { id: 'logs', label: 'Provisioning logs', render: () => <LogsSection /> },
  { id: SCIM_SECTION_ID, label: 'Local SCIM endpoint', render: () => <ScimEndpointSection /> },
  { id: SIGN_IN_SECTION_ID, label: 'Your tenant', render: () => <SignInSection /> },
];

export function sectionById(id: string | null): Section | undefined {
  return id ? SECTIONS.find((section) => section.id === id) : undefined;
}
