import { lazy, type ReactNode } from 'react';
import type { TenantSummary } from '../../../shared/ipc/dto/apps';
import { SECTION_IDS } from './sectionIds';

// Each section's screen is its own chunk, loaded when first opened, so the first window stays small.
const LogsSection = lazy(async () => ({ default: (await import('../features/logs/LogsSection')).LogsSection }));
const ScimEndpointSection = lazy(async () => ({ default: (await import('../features/scim/ScimEndpointSection')).ScimEndpointSection }));
const SignInSection = lazy(async () => ({ default: (await import('../features/signin/SignInSection')).SignInSection }));

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
  { id: SECTION_IDS.logs, label: 'Provisioning logs', render: ({ path }) => <LogsSection path={path} /> },
  { id: SECTION_IDS.scim, label: 'Local SCIM endpoint', render: () => <ScimEndpointSection /> },
  { id: SECTION_IDS.signIn, label: 'Your tenant', render: () => <SignInSection /> },
];

export function sectionById(id: string | null): Section | undefined {
  return id ? SECTIONS.find((section) => section.id === id) : undefined;
}
