import { Badge, Checkbox, Field, makeStyles, tokens } from '@fluentui/react-components';
import { QueryView } from '../../components/QueryView';
import { useQuery } from '../../lib/useQuery';
import { MAX_MEMBERS } from './trialForm';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '220px', overflowY: 'auto', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, minWidth: 0 },
  label: { minWidth: 0, overflowWrap: 'anywhere' },
  upn: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  flag: { marginLeft: 'auto', flexShrink: 0 },
});

/** Up to five direct members to run with the group; none picked lets the engine take the first five in scope. */
export function GroupMemberPicker({
  tenantId,
  appId,
  groupId,
  selected,
  onChange,
}: {
  tenantId: string;
  appId: string;
  groupId: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const styles = useStyles();
  const members = useQuery('trial:groupMembers', { tenantId, appId, groupId });
  const full = selected.length >= MAX_MEMBERS;
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((each) => each !== id));
  const hint = selected.length === 0 ? `None picked: the engine takes the first ${MAX_MEMBERS} members in scope.` : `${selected.length} of at most ${MAX_MEMBERS} picked.`;
  return (
    <Field label="Members to run with the group" hint={hint}>
      <QueryView query={members} loadingLabel="Loading the group's members" errorTitle="Could not read the group's members">
        {(list) =>
          list.length === 0 ? (
            <p className={styles.upn}>The group has no direct members.</p>
          ) : (
            <ul className={styles.list} aria-label="Group members" data-testid="trial-members">
              {list.map((m) => {
                const checked = selected.includes(m.id);
                const disabled = m.nested || !m.inScope || (full && !checked);
                return (
                  <li key={m.id} className={styles.row}>
                    <Checkbox
                      checked={checked}
                      disabled={disabled}
                      onChange={(_, data) => toggle(m.id, data.checked === true)}
                      label={
                        <span className={styles.label}>
                          {m.displayName} {m.userPrincipalName && <span className={styles.upn}>{m.userPrincipalName}</span>}
                        </span>
                      }
                    />
                    {m.nested ? (
                      <Badge className={styles.flag} appearance="tint" color="subtle" size="small">
                        Nested group: not provisioned
                      </Badge>
                    ) : !m.inScope ? (
                      <Badge className={styles.flag} appearance="tint" color="warning" size="small">
                        Out of scope
                      </Badge>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryView>
    </Field>
  );
}
