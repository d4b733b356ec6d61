import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { AppSummary } from '../../../shared/ipc/dto/apps';
import { humanizeIdentifier } from '../lib/format';

type StatusCode = NonNullable<AppSummary['statusCode']>;

const BADGE_COLOR: Readonly<Record<StatusCode, NonNullable<BadgeProps['color']>>> = {
  Active: 'success',
  Paused: 'warning',
  Quarantine: 'danger',
  NotRun: 'informative',
  NotConfigured: 'subtle',
};

/** The provisioning job's status code as a calm tinted badge. */
export function JobStatusBadge({ code, size = 'medium' }: { code: StatusCode | null; size?: NonNullable<BadgeProps['size']> }) {
  if (code === null) {
    return (
      <Badge appearance="tint" color="subtle" size={size}>
        No job
      </Badge>
    );
  }
  return (
    <Badge appearance="tint" color={BADGE_COLOR[code]} size={size} data-status={code}>
      {code === 'Quarantine' ? 'Quarantine' : humanizeIdentifier(code)}
    </Badge>
  );
}
