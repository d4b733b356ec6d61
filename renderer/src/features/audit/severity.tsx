import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle20Regular, Info20Regular, Warning20Regular } from '@fluentui/react-icons';

export type Severity = 'error' | 'warning' | 'info';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  icon: { flexShrink: 0, display: 'inline-flex' },
});

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const Icon = severity === 'error' ? ErrorCircle20Regular : severity === 'warning' ? Warning20Regular : Info20Regular;
  return (
    <span className={`${styles.icon} ${styles[severity]}`} role="img" aria-label={SEVERITY_LABEL[severity]}>
      <Icon />
    </span>
  );
}

export function SeverityCounts({ counts }: { counts: Record<Severity, number> }) {
  return (
    <span style={{ display: 'inline-flex', gap: tokens.spacingHorizontalS }} data-testid="audit-counts">
      <Badge appearance={counts.error ? 'filled' : 'outline'} color={counts.error ? 'danger' : 'subtle'}>
        {counts.error} error{counts.error === 1 ? '' : 's'}
      </Badge>
      <Badge appearance={counts.warning ? 'tint' : 'outline'} color={counts.warning ? 'warning' : 'subtle'}>
        {counts.warning} warning{counts.warning === 1 ? '' : 's'}
      </Badge>
      <Badge appearance="outline" color={counts.info ? 'informative' : 'subtle'}>
        {counts.info} info
      </Badge>
    </span>
  );
}
