import { Badge, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  flags: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

/** Disabled / soft-deleted markers: both mean Entra will disable (not create) the account in the target. */
export function PrincipalFlags({ accountEnabled, softDeleted }: { accountEnabled: boolean | null; softDeleted: boolean }) {
  const styles = useStyles();
  if (accountEnabled !== false && !softDeleted) return null;
  return (
    <span className={styles.flags}>
      {accountEnabled === false && (
        <Badge appearance="tint" color="warning" size="small">
          Disabled
        </Badge>
      )}
      {softDeleted && (
        <Badge appearance="tint" color="severe" size="small">
          Soft-deleted
        </Badge>
      )}
    </span>
  );
}
