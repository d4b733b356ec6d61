import { Dropdown, Field, Option } from '@fluentui/react-components';
import { DEFAULT_ACCESS_ROLE_ID } from '../../../../shared/graph/service-principal';
import type { ObjectKind, ScenarioName } from '../../../../shared/sync/types';
import { useQuery } from '../../lib/useQuery';

const FIRST = '';
const LIMIT = 200;

interface Choice {
  value: string;
  label: string;
}

/** What a scenario acts on besides the subject: the group joined or left, the user who joins or leaves, the new role. */
export function scenarioChoiceKind(kind: ObjectKind, scenario: ScenarioName): 'group' | 'user' | 'member' | 'role' | null {
  if (scenario === 'role-change') return kind === 'User' ? 'role' : null;
  if (scenario === 'group-add') return kind === 'User' ? 'group' : 'user';
  if (scenario === 'group-remove') return kind === 'User' ? 'group' : 'member';
  return null;
}

const LABELS = {
  group: { label: 'Group', first: (add: boolean) => (add ? 'The first assigned group the user is not in' : 'The first assigned group the user is in') },
  user: { label: 'User who joins', first: () => 'The first active user who is not a member' },
  member: { label: 'Member who leaves', first: () => 'The first user member' },
  role: { label: 'New role', first: () => "The app's next role" },
} as const;

/** The scenario's second choice, defaulting to the engine's own pick ("the first that fits"). */
export function ScenarioChoiceField({
  tenantId,
  appId,
  kind,
  subjectId,
  scenario,
  value,
  onChange,
}: {
  tenantId: string;
  appId: string;
  kind: ObjectKind;
  subjectId: string;
  scenario: ScenarioName;
  value: string;
  onChange: (value: string) => void;
}) {
  const which = scenarioChoiceKind(kind, scenario);
  const ref = { tenantId, appId };
  const groups = useQuery('trial:subjects', which === 'group' ? { ...ref, kind: 'Group', limit: LIMIT } : null);
  const users = useQuery('trial:subjects', which === 'user' ? { ...ref, kind: 'User', limit: LIMIT } : null);
  const members = useQuery('trial:groupMembers', which === 'member' ? { ...ref, groupId: subjectId } : null);
  const overview = useQuery('apps:overview', which === 'role' ? ref : null);
  if (!which) return null;

  let choices: Choice[] = [];
  if (which === 'group') choices = (groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.displayName }));
  if (which === 'user') choices = (users.data?.items ?? []).filter((u) => u.id !== subjectId).map((u) => ({ value: u.id, label: `${u.displayName} (${u.detail})` }));
  if (which === 'member') choices = (members.data ?? []).filter((m) => !m.nested).map((m) => ({ value: m.id, label: `${m.displayName} (${m.userPrincipalName})` }));
  if (which === 'role') {
    const roles = (overview.data?.appRoles ?? []).filter((r) => r.isEnabled && r.allowedMemberTypes.includes('User')).map((r) => ({ value: r.id, label: r.displayName }));
    choices = [...roles, { value: DEFAULT_ACCESS_ROLE_ID, label: 'Default Access' }];
  }
  const labels = LABELS[which];
  const first = labels.first(scenario === 'group-add');
  const selected = choices.find((c) => c.value === value);
  return (
    <Field label={labels.label}>
      <Dropdown value={selected?.label ?? first} selectedOptions={[value]} onOptionSelect={(_, data) => onChange(data.optionValue ?? FIRST)} data-testid="trial-scenario-choice">
        <Option value={FIRST} text={first}>
          {first}
        </Option>
        {choices.map((c) => (
          <Option key={c.value} value={c.value} text={c.label}>
            {c.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
