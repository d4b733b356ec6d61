import type { ObjectKind, ScenarioName } from '../../../../shared/sync/types';

export interface ScenarioInfo {
  name: ScenarioName;
  label: string;
  /** One line: what changes in Entra before the cycle runs. */
  explain: string;
}

export const SCENARIO_INFO: readonly ScenarioInfo[] = [
  { name: 'first', label: 'First sync', explain: 'Nothing changes in Entra: the cycle matches the object in the target and creates it if nothing matches.' },
  { name: 'change', label: 'Change attributes', explain: 'Source attributes are edited first (for this run only); the cycle sends what changed.' },
  { name: 'disable', label: 'Disable', explain: 'The account is disabled in Entra; the cycle sets active to false in the target.' },
  { name: 'unassign', label: 'Unassign', explain: 'The assignment to the app is removed; the object leaves scope and is disabled, not deleted.' },
  { name: 'soft-delete', label: 'Soft delete', explain: 'The user is deleted into the recycle bin; the cycle disables it in the target.' },
  { name: 'restore', label: 'Restore', explain: 'The user comes back from the recycle bin; the cycle enables it again.' },
  { name: 'hard-delete', label: 'Hard delete', explain: 'The object is deleted for good; the cycle deletes it in the target if Entra still manages it.' },
  { name: 'group-add', label: 'Join a group', explain: 'A user joins a group; the cycle provisions the new member and sends the membership change.' },
  { name: 'group-remove', label: 'Leave a group', explain: 'A user leaves a group; the cycle removes the membership, and disables the user if the group was their only assignment.' },
  { name: 'role-change', label: 'Change app role', explain: "The user's app role changes; the cycle sends the mapped role values (nothing when no mapping reads roles)." },
];

/** Scenarios a group run accepts (disable, soft delete, restore and role change apply to users). */
const GROUP_SCENARIOS: ReadonlySet<ScenarioName> = new Set(['first', 'change', 'unassign', 'hard-delete', 'group-add', 'group-remove']);

export function scenariosFor(kind: ObjectKind): readonly ScenarioInfo[] {
  return kind === 'User' ? SCENARIO_INFO : SCENARIO_INFO.filter((s) => GROUP_SCENARIOS.has(s.name));
}

export function scenarioInfo(name: string): ScenarioInfo | undefined {
  return SCENARIO_INFO.find((s) => s.name === name);
}
