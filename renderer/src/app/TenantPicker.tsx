import { Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { TenantSummary } from '../../../shared/ipc/dto/apps';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexShrink: 0 },
  label: { color: tokens.colorNeutralForeground2 },
  select: { minWidth: '220px', '@media (max-width: 1279px)': { minWidth: '180px', width: '180px' } },
});

export function tenantLabel(tenant: TenantSummary): string {
  // The bundled sample is usually already named "… (sample)"; say so only when its name does not.
  const needsMarker = tenant.source === 'sample' && !/sample/i.test(tenant.displayName);
  return needsMarker ? `${tenant.displayName} (sample)` : tenant.displayName;
}

export function TenantPicker({
  tenants,
  selectedId,
  onSelect,
}: {
  tenants: readonly TenantSummary[];
  selectedId: string | null;
  onSelect: (tenantId: string) => void;
}) {
  const styles = useStyles();
  const id = useId('tenant-picker');
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        Tenant
      </label>
      <Select
        id={id}
        className={styles.select}
        size="small"
        value={selectedId ?? ''}
        onChange={(_, data) => onSelect(data.value)}
      >
        {tenants.map((tenant) => (
          <option key={tenant.id} value={tenant.id}>
            {tenantLabel(tenant)}
          </option>
        ))}
      </Select>
    </div>
  );
}
